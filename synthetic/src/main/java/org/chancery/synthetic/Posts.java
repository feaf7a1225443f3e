package org.chancery.synthetic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.chancery.telegram.post.Post;
import org.chancery.telegram.post.PostDirectory;

/**
 * The posts of the {@link PostDirectory} with a weight that mimics how much traffic each sends. The weights are
 * heavy-tailed like real traffic: the Department is the largest single origin and a few big embassies send several
 * times what the median post sends; the numbers are our own rounded shape, not counts.
 */
public final class Posts {

    // post id | weight (relative share of the traffic the post originates)
    private static final String WEIGHTS = """
            STATE|120
            LONDON|28
            PARIS|40
            BERLIN|22
            ROME|18
            MADRID|26
            MOSCOW|38
            BEIJING|46
            TOKYO|80
            SEOUL|24
            NEWDELHI|22
            ISLAMABAD|34
            KABUL|50
            BAGHDAD|95
            ANKARA|62
            TELAVIV|36
            CAIRO|30
            RIYADH|16
            AMMAN|40
            BEIRUT|16
            DAMASCUS|9
            SANAA|9
            DOHA|6
            KUWAIT|14
            MANAMA|6
            ABUDHABI|12
            MUSCAT|4
            TRIPOLI|5
            TUNIS|4
            ALGIERS|6
            RABAT|6
            ABUJA|9
            NAIROBI|14
            PRETORIA|12
            ADDISABABA|8
            KHARTOUM|12
            HARARE|7
            DAKAR|3
            KAMPALA|3
            BRASILIA|26
            CARACAS|24
            BOGOTA|18
            MEXICO|20
            BUENOSAIRES|14
            LAPAZ|8
            LIMA|6
            SANTIAGO|6
            QUITO|5
            MANAGUA|4
            OTTAWA|10
            KYIV|10
            TBILISI|7
            BAKU|7
            ASTANA|5
            ASHGABAT|3
            WARSAW|7
            STOCKHOLM|5
            OSLO|4
            THEHAGUE|8
            BRUSSELS|5
            VIENNA|5
            BELGRADE|5
            PRISTINA|4
            BANGKOK|12
            RANGOON|5
            JAKARTA|10
            KUALALUMPUR|4
            KARACHI|5
            LAHORE|3
            PESHAWAR|3
            MUMBAI|4
            ISTANBUL|5
            JEDDAH|3
            DUBAI|3
            SAOPAULO|4
            RIODEJANEIRO|3
            CAPETOWN|2
            SHANGHAI|5
            MUNICH|2
            LAGOS|2
            USNATO|16
            GENEVA|14
            """;

    private static final List<Post> ALL = PostDirectory.all();
    private static final int[] WEIGHT = weights();
    private static final int TOTAL_WEIGHT = Arrays.stream(WEIGHT).sum();

    private Posts() {}

    /** The posts the generator draws from: the directory's, the Department first. */
    public static List<Post> all() {
        return ALL;
    }

    public static Post department() {
        return PostDirectory.department();
    }

    /** A post drawn by traffic weight. */
    static Post pick(SplittableRandom random) {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (int i = 0; i < ALL.size(); i++) {
            r -= WEIGHT[i];
            if (r < 0) {
                return ALL.get(i);
            }
        }
        return ALL.get(ALL.size() - 1);
    }

    /** A post other than the Department, uniformly. */
    static Post pickField(SplittableRandom random) {
        return ALL.get(1 + random.nextInt(ALL.size() - 1));
    }

    /** The weight of each directory post, in the directory's order; every post has one. */
    private static int[] weights() {
        Map<String, Integer> byId = new HashMap<>();
        for (String line : WEIGHTS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            byId.put(f[0], Integer.parseInt(f[1]));
        }
        int[] weights = new int[ALL.size()];
        for (int i = 0; i < ALL.size(); i++) {
            Integer w = byId.remove(ALL.get(i).id());
            if (w == null) {
                throw new IllegalStateException(
                        "no traffic weight for post " + ALL.get(i).id());
            }
            weights[i] = w;
        }
        if (!byId.isEmpty()) {
            throw new IllegalStateException("traffic weights for posts the directory lacks: " + byId.keySet());
        }
        return weights;
    }
}
