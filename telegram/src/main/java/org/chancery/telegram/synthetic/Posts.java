package org.chancery.telegram.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chancery.telegram.write.PostNames;

/**
 * The catalogue of posts: real post names with their routing indicators (public facts of the Cablegate headers),
 * host countries, and a weight that mimics how much traffic each sends. The weights are heavy-tailed like real
 * traffic: the Department is the largest single origin and a few big embassies send several times what the median
 * post sends; the numbers are our own rounded shape, not counts.
 */
public final class Posts {
    static final String DEPARTMENT_ROUTE = "RUEHC";

    // PLAD | RI | country tag | country | weight
    private static final String TABLE = """
            SECSTATE WASHDC|RUEHC|US|UNITED STATES|120
            AMEMBASSY LONDON|RUEHLO|UK|UNITED KINGDOM|28
            AMEMBASSY PARIS|RUEHFR|FR|FRANCE|40
            AMEMBASSY BERLIN|RUEHRL|GM|GERMANY|22
            AMEMBASSY ROME|RUEHRO|IT|ITALY|18
            AMEMBASSY MADRID|RUEHMD|SP|SPAIN|26
            AMEMBASSY MOSCOW|RUEHMO|RS|RUSSIA|38
            AMEMBASSY BEIJING|RUEHBJ|CH|CHINA|46
            AMEMBASSY TOKYO|RUEHKO|JA|JAPAN|80
            AMEMBASSY SEOUL|RUEHUL|KS|SOUTH KOREA|24
            AMEMBASSY NEW DELHI|RUEHNE|IN|INDIA|22
            AMEMBASSY ISLAMABAD|RUEHIL|PK|PAKISTAN|34
            AMEMBASSY KABUL|RUEHBUL|AF|AFGHANISTAN|50
            AMEMBASSY BAGHDAD|RUEHGB|IZ|IRAQ|95
            AMEMBASSY ANKARA|RUEHAK|TU|TURKEY|62
            AMEMBASSY TEL AVIV|RUEHTV|IS|ISRAEL|36
            AMEMBASSY CAIRO|RUEHEG|EG|EGYPT|30
            AMEMBASSY RIYADH|RUEHRH|SA|SAUDI ARABIA|16
            AMEMBASSY AMMAN|RUEHAM|JO|JORDAN|40
            AMEMBASSY BEIRUT|RUEHLB|LE|LEBANON|16
            AMEMBASSY DAMASCUS|RUEHDM|SY|SYRIA|9
            AMEMBASSY SANAA|RUEHYN|YM|YEMEN|9
            AMEMBASSY DOHA|RUEHDO|QA|QATAR|6
            AMEMBASSY KUWAIT|RUEHKU|KU|KUWAIT|14
            AMEMBASSY MANAMA|RUEHMK|BA|BAHRAIN|6
            AMEMBASSY ABU DHABI|RUEHAD|AE|UNITED ARAB EMIRATES|12
            AMEMBASSY MUSCAT|RUEHMS|MU|OMAN|4
            AMEMBASSY TRIPOLI|RUEHTRO|LY|LIBYA|5
            AMEMBASSY TUNIS|RUEHTU|TS|TUNISIA|4
            AMEMBASSY ALGIERS|RUEHAS|AG|ALGERIA|6
            AMEMBASSY RABAT|RUEHRB|MO|MOROCCO|6
            AMEMBASSY ABUJA|RUEHUJA|NI|NIGERIA|9
            AMEMBASSY NAIROBI|RUEHNR|KE|KENYA|14
            AMEMBASSY PRETORIA|RUEHSA|SF|SOUTH AFRICA|12
            AMEMBASSY ADDIS ABABA|RUEHDS|ET|ETHIOPIA|8
            AMEMBASSY KHARTOUM|RUEHKH|SU|SUDAN|12
            AMEMBASSY HARARE|RUEHSB|ZI|ZIMBABWE|7
            AMEMBASSY DAKAR|RUEHDK|SG|SENEGAL|3
            AMEMBASSY KAMPALA|RUEHKM|UG|UGANDA|3
            AMEMBASSY BRASILIA|RUEHBR|BR|BRAZIL|26
            AMEMBASSY CARACAS|RUEHCV|VE|VENEZUELA|24
            AMEMBASSY BOGOTA|RUEHBO|CO|COLOMBIA|18
            AMEMBASSY MEXICO|RUEHME|MX|MEXICO|20
            AMEMBASSY BUENOS AIRES|RUEHBU|AR|ARGENTINA|14
            AMEMBASSY LA PAZ|RUEHLP|BL|BOLIVIA|8
            AMEMBASSY LIMA|RUEHPE|PE|PERU|6
            AMEMBASSY SANTIAGO|RUEHSG|CI|CHILE|6
            AMEMBASSY QUITO|RUEHQT|EC|ECUADOR|5
            AMEMBASSY MANAGUA|RUEHMU|NU|NICARAGUA|4
            AMEMBASSY OTTAWA|RUEHOT|CA|CANADA|10
            AMEMBASSY KYIV|RUEHKV|UP|UKRAINE|10
            AMEMBASSY TBILISI|RUEHSI|GG|GEORGIA|7
            AMEMBASSY BAKU|RUEHKB|AJ|AZERBAIJAN|7
            AMEMBASSY ASTANA|RUEHTA|KZ|KAZAKHSTAN|5
            AMEMBASSY ASHGABAT|RUEHAH|TX|TURKMENISTAN|3
            AMEMBASSY WARSAW|RUEHWR|PL|POLAND|7
            AMEMBASSY STOCKHOLM|RUEHSM|SW|SWEDEN|5
            AMEMBASSY OSLO|RUEHNY|NO|NORWAY|4
            AMEMBASSY THE HAGUE|RUEHTC|NL|NETHERLANDS|8
            AMEMBASSY BRUSSELS|RUEHBS|BE|BELGIUM|5
            AMEMBASSY VIENNA|RUEHVI|AU|AUSTRIA|5
            AMEMBASSY BELGRADE|RUEHBW|SR|SERBIA|5
            AMEMBASSY PRISTINA|RUEHPS|KV|KOSOVO|4
            AMEMBASSY BANGKOK|RUEHBK|TH|THAILAND|12
            AMEMBASSY RANGOON|RUEHGO|BM|BURMA|5
            AMEMBASSY JAKARTA|RUEHJA|ID|INDONESIA|10
            AMEMBASSY KUALA LUMPUR|RUEHKL|MY|MALAYSIA|4
            AMCONSUL KARACHI|RUEHKP|PK|PAKISTAN|5
            AMCONSUL LAHORE|RUEHLH|PK|PAKISTAN|3
            AMCONSUL PESHAWAR|RUEHPW|PK|PAKISTAN|3
            AMCONSUL MUMBAI|RUEHBI|IN|INDIA|4
            AMCONSUL ISTANBUL|RUEHIT|TU|TURKEY|5
            AMCONSUL JEDDAH|RUEHJI|SA|SAUDI ARABIA|3
            AMCONSUL DUBAI|RUEHDE|AE|UNITED ARAB EMIRATES|3
            AMCONSUL SAO PAULO|RUEHSO|BR|BRAZIL|4
            AMCONSUL RIO DE JANEIRO|RUEHRI|BR|BRAZIL|3
            AMCONSUL CAPE TOWN|RUEHTN|SF|SOUTH AFRICA|2
            AMCONSUL SHANGHAI|RUEHGH|CH|CHINA|5
            AMCONSUL MUNICH|RUEHMZ|GM|GERMANY|2
            AMCONSUL LAGOS|RUEHOS|NI|NIGERIA|2
            USMISSION USNATO|RUEHNO|NATO|NATO|16
            USMISSION GENEVA|RUEHGV|UN|UNITED NATIONS|14
            """;

    private static final List<Post> ALL = parse();
    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Post::weight).sum();

    private Posts() {}

    public static List<Post> all() {
        return ALL;
    }

    public static Post department() {
        return ALL.get(0);
    }

    /** A post drawn by traffic weight. */
    static Post pick(SplittableRandom random) {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Post post : ALL) {
            r -= post.weight();
            if (r < 0) {
                return post;
            }
        }
        return ALL.get(ALL.size() - 1);
    }

    /** A post other than the Department, uniformly. */
    static Post pickField(SplittableRandom random) {
        return ALL.get(1 + random.nextInt(ALL.size() - 1));
    }

    private static List<Post> parse() {
        List<Post> posts = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.split("\\|");
            String plad = f[0];
            String idPost = idPost(plad);
            posts.add(new Post(
                    plad, f[1], idPost, PostNames.bannerPost(idPost, plad), f[2], f[3], Integer.parseInt(f[4])));
        }
        return List.copyOf(posts);
    }

    /** How reference ids spell a post: the place name without blanks; the Department is {@code STATE}. */
    private static String idPost(String plad) {
        if (plad.equals("SECSTATE WASHDC")) {
            return "STATE";
        }
        int space = plad.indexOf(' ');
        return plad.substring(space + 1).replace(" ", "");
    }
}
