package org.chancery.archive.monitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.telegram.post.PostNames;

/**
 * Whether an originating post is one of the reader's own: a post entry matches an origin when its words appear, in
 * order and whole, among the origin's words, ignoring case ({@code LONDON} matches {@code Embassy London}, not
 * {@code Londonderry}); {@link Principal#EVERY_POST} matches every origin. The Department goes by names that share no
 * word ({@code SECSTATE}, {@code Secretary of State}): an entry that names it in any spelling matches an origin that
 * does, by {@link PostNames#key}, as the access rules compare posts.
 */
final class OwnPosts {

    private final boolean everyPost;
    private final boolean department;
    private final List<List<String>> posts = new ArrayList<>();

    OwnPosts(Set<String> postEntries) {
        everyPost = postEntries.contains(Principal.EVERY_POST);
        department = postEntries.stream().anyMatch(OwnPosts::namesTheDepartment);
        for (String entry : postEntries) {
            List<String> words = words(entry);
            if (!words.isEmpty()) {
                posts.add(words);
            }
        }
    }

    boolean includes(String origin) {
        if (everyPost || (department && namesTheDepartment(origin))) {
            return true;
        }
        List<String> originWords = words(origin);
        for (List<String> post : posts) {
            if (Collections.indexOfSubList(originWords, post) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesTheDepartment(String name) {
        return PostNames.DEPARTMENT_KEY.equals(PostNames.key(name));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
