package org.chancery.archive.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/**
 * Test-only volume generator: deterministic invented cables with a Zipf-like vocabulary, for index benchmarks. Words,
 * posts and people are invented or generic English; nothing comes from real cables.
 */
public final class SyntheticCables {

    private static final String[] COMMON =
            ("minister government election president party parliament security police military army border trade"
                            + " economy budget bank oil gas energy water fisheries harbor port strike union labor court"
                            + " judge law reform corruption human rights press media opposition coalition vote campaign"
                            + " embassy ambassador visit talks agreement treaty nuclear missile sanctions aid donor"
                            + " conference refugees health school education farmers drought flood prices inflation"
                            + " investment company contract visa consular citizen arrest prison protest riot violence"
                            + " terrorism extremist militia ceasefire peace negotiations summit delegation foreign prime"
                            + " deputy director official spokesman report meeting discussed expressed concern support"
                            + " pressure relations cooperation assistance program development region province capital"
                            + " northern southern eastern western local national international regional public private")
                    .split(" ");

    private static final String[] SYLLABLES = {
        "ka", "lo", "ven", "dra", "mir", "tos", "gal", "ber", "un", "sa", "ri", "mon", "tel", "pa", "dor", "ix", "qua",
        "zen", "fel", "ho"
    };
    private static final String[] SUBJECT_TAGS = {
        "PREL", "PGOV", "PTER", "ECON", "EFIN", "ETRD", "EAID", "PHUM", "MARR", "MOPS", "KDEM", "SNAR", "ENRG", "ELAB",
        "CASC", "KPAO", "OVIP", "SOCI", "TSPL", "AORC"
    };
    private static final String[] SIGNERS = {
        "BRANDT", "OKAFOR", "LINDQVIST", "MORETTI", "HALVORSEN", "DUBOIS", "KOWALSKI", "ABARA", "FENWICK", "SATO"
    };

    private static final int FIRST_CONTENT_RANK = 60;
    private static final int CONTENT_RANK_STEP = 7;

    private final String[] vocabulary;
    private final double[] cumulative;
    private final String[] posts;

    public SyntheticCables(int vocabularySize, int postCount) {
        SplittableRandom r = new SplittableRandom(42);
        vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary[i] = pseudoWord(r);
        }
        // content words at middle ranks: the top ranks behave like "the" and "of" (in every cable), and a query
        // word in every cable is not what searching real traffic looks like
        for (int i = 0; i < COMMON.length; i++) {
            vocabulary[Math.min(vocabularySize - 1, FIRST_CONTENT_RANK + i * CONTENT_RANK_STEP)] = COMMON[i];
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int i = 0; i < vocabularySize; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < vocabularySize; i++) {
            cumulative[i] /= sum;
        }
        posts = new String[postCount];
        for (int i = 0; i < postCount; i++) {
            posts[i] = pseudoWord(r).toUpperCase() + (i % 7 == 0 ? "BAY" : "");
        }
    }

    /** The n-th cable (0-based), the same every run; cables cite a few earlier ones. */
    public StoredCable cable(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
        String post = posts[r.nextInt(posts.length)];
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(7300));
        String id = String.format("%02d%s%d", day.getYear() % 100, post, n + 1);
        Classification level = switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> Classification.UNCLASSIFIED;
            case 4, 5, 6, 7 -> Classification.CONFIDENTIAL;
            case 8 -> Classification.SECRET;
            default -> r.nextInt(20) == 0 ? Classification.TOP_SECRET : Classification.SECRET;
        };
        List<String> handling = r.nextInt(5) == 0 ? List.of("NOFORN") : List.of();
        List<String> captions = r.nextInt(10) < 7 ? List.of("SIPDIS") : r.nextBoolean() ? List.of("NODIS") : List.of();
        List<String> tags = new ArrayList<>();
        for (int t = 0, k = 1 + r.nextInt(4); t < k; t++) {
            String tag = SUBJECT_TAGS[Math.min(SUBJECT_TAGS.length - 1, (int) (Math.abs(r.nextGaussian()) * 5))];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        tags.add(post.substring(0, 2));
        List<Reference> refs = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0 && n > 0; k--) {
            long cited = Math.max(0, n - 1 - r.nextInt((int) Math.min(n, 5000)));
            refs.add(new Reference(idOf(cited), "REF"));
        }
        String subject = sentence(r, 3 + r.nextInt(5)).toUpperCase();
        String summary = sentence(r, 30 + r.nextInt(30));
        StringBuilder body = new StringBuilder(6000);
        body.append(level.banner())
                .append(" ")
                .append(post)
                .append(" ")
                .append(n + 1)
                .append("\n\nTAGS: ");
        body.append(String.join(" ", tags))
                .append("\nSUBJECT: ")
                .append(subject)
                .append("\n\n");
        for (int p = 1, paragraphs = 3 + r.nextInt(8); p <= paragraphs; p++) {
            body.append(p).append(". (").append(level.abbreviation()).append(") ");
            body.append(p == 1 ? summary : sentence(r, 40 + r.nextInt(80))).append("\n\n");
        }
        String signer = SIGNERS[r.nextInt(SIGNERS.length)];
        body.append(signer).append('\n');
        String precedence = switch (r.nextInt(20)) {
            case 0 -> "FLASH";
            case 1, 2 -> "IMMEDIATE";
            case 3, 4, 5, 6 -> "PRIORITY";
            default -> "ROUTINE";
        };
        Transmission transmission = new Transmission(
                null,
                null,
                null,
                null,
                List.of(),
                "RUEH" + post.substring(0, 2),
                null,
                null,
                null,
                level.securityWarning(),
                precedence.equals("FLASH") ? "Z" : precedence.substring(0, 1),
                null,
                null,
                "AMEMBASSY " + post,
                null,
                List.of(),
                List.of(),
                List.of());
        Cable cable = new Cable(
                id,
                "Embassy " + post.charAt(0) + post.substring(1).toLowerCase(),
                day.atTime(12, 0).atOffset(ZoneOffset.UTC),
                level,
                handling,
                captions,
                subject,
                tags,
                refs,
                new Declassification(
                        "E.O. 12958",
                        Declassification.Kind.DATE,
                        day.plusYears(10),
                        day.plusYears(10).toString()),
                null,
                List.of(signer),
                summary,
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", precedence, null)),
                List.of(new Addressee(
                        "RUEH" + posts[r.nextInt(posts.length)].substring(0, 2), "AMEMBASSY X", null, null)),
                List.of(),
                false,
                transmission,
                null,
                "",
                body.toString());
        return new StoredCable(id, 1, n + 1, Instant.EPOCH, cable);
    }

    /** The id of the n-th cable, without building it. */
    public String idOf(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
        String post = posts[r.nextInt(posts.length)];
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(7300));
        return String.format("%02d%s%d", day.getYear() % 100, post, n + 1);
    }

    private String sentence(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(i % 14 == 0 ? ". " : " ");
            }
            sb.append(word(r));
        }
        return sb.append('.').toString();
    }

    private String word(SplittableRandom r) {
        int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
    }

    private static String pseudoWord(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0, n = 2 + r.nextInt(3); s < n; s++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }
}
