package org.chancery.telegram.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chancery.telegram.write.PostNames;

/**
 * The catalogue of posts: real post names with their routing indicators (public facts of the Cablegate headers),
 * host countries, and a weight that mimics how much traffic each sends.
 */
public final class Posts {
    static final String DEPARTMENT_ROUTE = "RUEHC";

    // PLAD | RI | country tag | country | weight
    private static final String TABLE = """
            SECSTATE WASHDC|RUEHC|US|UNITED STATES|60
            AMEMBASSY LONDON|RUEHLO|UK|UNITED KINGDOM|30
            AMEMBASSY PARIS|RUEHFR|FR|FRANCE|30
            AMEMBASSY BERLIN|RUEHRL|GM|GERMANY|22
            AMEMBASSY ROME|RUEHRO|IT|ITALY|12
            AMEMBASSY MADRID|RUEHMD|SP|SPAIN|20
            AMEMBASSY MOSCOW|RUEHMO|RS|RUSSIA|30
            AMEMBASSY BEIJING|RUEHBJ|CH|CHINA|28
            AMEMBASSY TOKYO|RUEHKO|JA|JAPAN|24
            AMEMBASSY SEOUL|RUEHUL|KS|SOUTH KOREA|14
            AMEMBASSY NEW DELHI|RUEHNE|IN|INDIA|14
            AMEMBASSY ISLAMABAD|RUEHIL|PK|PAKISTAN|24
            AMEMBASSY KABUL|RUEHBUL|AF|AFGHANISTAN|24
            AMEMBASSY BAGHDAD|RUEHGB|IZ|IRAQ|28
            AMEMBASSY ANKARA|RUEHAK|TU|TURKEY|18
            AMEMBASSY TEL AVIV|RUEHTV|IS|ISRAEL|18
            AMEMBASSY CAIRO|RUEHEG|EG|EGYPT|14
            AMEMBASSY RIYADH|RUEHRH|SA|SAUDI ARABIA|14
            AMEMBASSY AMMAN|RUEHAM|JO|JORDAN|10
            AMEMBASSY BEIRUT|RUEHLB|LE|LEBANON|10
            AMEMBASSY DAMASCUS|RUEHDM|SY|SYRIA|8
            AMEMBASSY SANAA|RUEHYN|YM|YEMEN|8
            AMEMBASSY DOHA|RUEHDO|QA|QATAR|6
            AMEMBASSY KUWAIT|RUEHKU|KU|KUWAIT|8
            AMEMBASSY MANAMA|RUEHMK|BA|BAHRAIN|6
            AMEMBASSY ABU DHABI|RUEHAD|AE|UNITED ARAB EMIRATES|10
            AMEMBASSY MUSCAT|RUEHMS|MU|OMAN|4
            AMEMBASSY TRIPOLI|RUEHTRO|LY|LIBYA|6
            AMEMBASSY TUNIS|RUEHTU|TS|TUNISIA|5
            AMEMBASSY ALGIERS|RUEHAS|AG|ALGERIA|6
            AMEMBASSY RABAT|RUEHRB|MO|MOROCCO|7
            AMEMBASSY ABUJA|RUEHUJA|NI|NIGERIA|8
            AMEMBASSY NAIROBI|RUEHNR|KE|KENYA|8
            AMEMBASSY PRETORIA|RUEHSA|SF|SOUTH AFRICA|8
            AMEMBASSY ADDIS ABABA|RUEHDS|ET|ETHIOPIA|6
            AMEMBASSY KHARTOUM|RUEHKH|SU|SUDAN|6
            AMEMBASSY HARARE|RUEHSB|ZI|ZIMBABWE|6
            AMEMBASSY DAKAR|RUEHDK|SG|SENEGAL|4
            AMEMBASSY KAMPALA|RUEHKM|UG|UGANDA|4
            AMEMBASSY BRASILIA|RUEHBR|BR|BRAZIL|16
            AMEMBASSY CARACAS|RUEHCV|VE|VENEZUELA|14
            AMEMBASSY BOGOTA|RUEHBO|CO|COLOMBIA|12
            AMEMBASSY MEXICO|RUEHME|MX|MEXICO|14
            AMEMBASSY BUENOS AIRES|RUEHBU|AR|ARGENTINA|10
            AMEMBASSY LA PAZ|RUEHLP|BL|BOLIVIA|8
            AMEMBASSY LIMA|RUEHPE|PE|PERU|6
            AMEMBASSY SANTIAGO|RUEHSG|CI|CHILE|6
            AMEMBASSY QUITO|RUEHQT|EC|ECUADOR|5
            AMEMBASSY MANAGUA|RUEHMU|NU|NICARAGUA|4
            AMEMBASSY OTTAWA|RUEHOT|CA|CANADA|8
            AMEMBASSY KYIV|RUEHKV|UP|UKRAINE|8
            AMEMBASSY TBILISI|RUEHSI|GG|GEORGIA|6
            AMEMBASSY BAKU|RUEHKB|AJ|AZERBAIJAN|6
            AMEMBASSY ASTANA|RUEHTA|KZ|KAZAKHSTAN|5
            AMEMBASSY ASHGABAT|RUEHAH|TX|TURKMENISTAN|4
            AMEMBASSY WARSAW|RUEHWR|PL|POLAND|6
            AMEMBASSY STOCKHOLM|RUEHSM|SW|SWEDEN|5
            AMEMBASSY OSLO|RUEHNY|NO|NORWAY|4
            AMEMBASSY THE HAGUE|RUEHTC|NL|NETHERLANDS|6
            AMEMBASSY BRUSSELS|RUEHBS|BE|BELGIUM|5
            AMEMBASSY VIENNA|RUEHVI|AU|AUSTRIA|5
            AMEMBASSY BELGRADE|RUEHBW|SR|SERBIA|5
            AMEMBASSY PRISTINA|RUEHPS|KV|KOSOVO|4
            AMEMBASSY BANGKOK|RUEHBK|TH|THAILAND|8
            AMEMBASSY RANGOON|RUEHGO|BM|BURMA|5
            AMEMBASSY JAKARTA|RUEHJA|ID|INDONESIA|6
            AMEMBASSY KUALA LUMPUR|RUEHKL|MY|MALAYSIA|4
            AMCONSUL KARACHI|RUEHKP|PK|PAKISTAN|4
            AMCONSUL LAHORE|RUEHLH|PK|PAKISTAN|3
            AMCONSUL PESHAWAR|RUEHPW|PK|PAKISTAN|3
            AMCONSUL MUMBAI|RUEHBI|IN|INDIA|4
            AMCONSUL ISTANBUL|RUEHIT|TU|TURKEY|4
            AMCONSUL JEDDAH|RUEHJI|SA|SAUDI ARABIA|3
            AMCONSUL DUBAI|RUEHDE|AE|UNITED ARAB EMIRATES|3
            AMCONSUL SAO PAULO|RUEHSO|BR|BRAZIL|4
            AMCONSUL RIO DE JANEIRO|RUEHRI|BR|BRAZIL|3
            AMCONSUL CAPE TOWN|RUEHTN|SF|SOUTH AFRICA|2
            AMCONSUL SHANGHAI|RUEHGH|CH|CHINA|4
            AMCONSUL MUNICH|RUEHMZ|GM|GERMANY|3
            AMCONSUL LAGOS|RUEHOS|NI|NIGERIA|2
            USMISSION USNATO|RUEHNO|NATO|NATO|8
            USMISSION GENEVA|RUEHGV|UN|UNITED NATIONS|6
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
