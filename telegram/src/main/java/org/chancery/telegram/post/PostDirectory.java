package org.chancery.telegram.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue of posts: real post names with their routing indicators (public facts of the Cablegate headers) and
 * host countries, the Department first. The page that shows a cable names the posts behind its routing indicators
 * from here, and the synthetic generator draws its posts from it. The rules that spell a post's names (reference id,
 * banner, archive origin, access key) are in {@link PostNames}.
 */
public final class PostDirectory {
    static final String DEPARTMENT_ROUTE = "RUEHC";

    // PLAD | RI | country tag | country
    private static final String TABLE = """
            SECSTATE WASHDC|RUEHC|US|UNITED STATES
            AMEMBASSY LONDON|RUEHLO|UK|UNITED KINGDOM
            AMEMBASSY PARIS|RUEHFR|FR|FRANCE
            AMEMBASSY BERLIN|RUEHRL|GM|GERMANY
            AMEMBASSY ROME|RUEHRO|IT|ITALY
            AMEMBASSY MADRID|RUEHMD|SP|SPAIN
            AMEMBASSY MOSCOW|RUEHMO|RS|RUSSIA
            AMEMBASSY BEIJING|RUEHBJ|CH|CHINA
            AMEMBASSY TOKYO|RUEHKO|JA|JAPAN
            AMEMBASSY SEOUL|RUEHUL|KS|SOUTH KOREA
            AMEMBASSY NEW DELHI|RUEHNE|IN|INDIA
            AMEMBASSY ISLAMABAD|RUEHIL|PK|PAKISTAN
            AMEMBASSY KABUL|RUEHBUL|AF|AFGHANISTAN
            AMEMBASSY BAGHDAD|RUEHGB|IZ|IRAQ
            AMEMBASSY ANKARA|RUEHAK|TU|TURKEY
            AMEMBASSY TEL AVIV|RUEHTV|IS|ISRAEL
            AMEMBASSY CAIRO|RUEHEG|EG|EGYPT
            AMEMBASSY RIYADH|RUEHRH|SA|SAUDI ARABIA
            AMEMBASSY AMMAN|RUEHAM|JO|JORDAN
            AMEMBASSY BEIRUT|RUEHLB|LE|LEBANON
            AMEMBASSY DAMASCUS|RUEHDM|SY|SYRIA
            AMEMBASSY SANAA|RUEHYN|YM|YEMEN
            AMEMBASSY DOHA|RUEHDO|QA|QATAR
            AMEMBASSY KUWAIT|RUEHKU|KU|KUWAIT
            AMEMBASSY MANAMA|RUEHMK|BA|BAHRAIN
            AMEMBASSY ABU DHABI|RUEHAD|AE|UNITED ARAB EMIRATES
            AMEMBASSY MUSCAT|RUEHMS|MU|OMAN
            AMEMBASSY TRIPOLI|RUEHTRO|LY|LIBYA
            AMEMBASSY TUNIS|RUEHTU|TS|TUNISIA
            AMEMBASSY ALGIERS|RUEHAS|AG|ALGERIA
            AMEMBASSY RABAT|RUEHRB|MO|MOROCCO
            AMEMBASSY ABUJA|RUEHUJA|NI|NIGERIA
            AMEMBASSY NAIROBI|RUEHNR|KE|KENYA
            AMEMBASSY PRETORIA|RUEHSA|SF|SOUTH AFRICA
            AMEMBASSY ADDIS ABABA|RUEHDS|ET|ETHIOPIA
            AMEMBASSY KHARTOUM|RUEHKH|SU|SUDAN
            AMEMBASSY HARARE|RUEHSB|ZI|ZIMBABWE
            AMEMBASSY DAKAR|RUEHDK|SG|SENEGAL
            AMEMBASSY KAMPALA|RUEHKM|UG|UGANDA
            AMEMBASSY BRASILIA|RUEHBR|BR|BRAZIL
            AMEMBASSY CARACAS|RUEHCV|VE|VENEZUELA
            AMEMBASSY BOGOTA|RUEHBO|CO|COLOMBIA
            AMEMBASSY MEXICO|RUEHME|MX|MEXICO
            AMEMBASSY BUENOS AIRES|RUEHBU|AR|ARGENTINA
            AMEMBASSY LA PAZ|RUEHLP|BL|BOLIVIA
            AMEMBASSY LIMA|RUEHPE|PE|PERU
            AMEMBASSY SANTIAGO|RUEHSG|CI|CHILE
            AMEMBASSY QUITO|RUEHQT|EC|ECUADOR
            AMEMBASSY MANAGUA|RUEHMU|NU|NICARAGUA
            AMEMBASSY OTTAWA|RUEHOT|CA|CANADA
            AMEMBASSY KYIV|RUEHKV|UP|UKRAINE
            AMEMBASSY TBILISI|RUEHSI|GG|GEORGIA
            AMEMBASSY BAKU|RUEHKB|AJ|AZERBAIJAN
            AMEMBASSY ASTANA|RUEHTA|KZ|KAZAKHSTAN
            AMEMBASSY ASHGABAT|RUEHAH|TX|TURKMENISTAN
            AMEMBASSY WARSAW|RUEHWR|PL|POLAND
            AMEMBASSY STOCKHOLM|RUEHSM|SW|SWEDEN
            AMEMBASSY OSLO|RUEHNY|NO|NORWAY
            AMEMBASSY THE HAGUE|RUEHTC|NL|NETHERLANDS
            AMEMBASSY BRUSSELS|RUEHBS|BE|BELGIUM
            AMEMBASSY VIENNA|RUEHVI|AU|AUSTRIA
            AMEMBASSY BELGRADE|RUEHBW|SR|SERBIA
            AMEMBASSY PRISTINA|RUEHPS|KV|KOSOVO
            AMEMBASSY BANGKOK|RUEHBK|TH|THAILAND
            AMEMBASSY RANGOON|RUEHGO|BM|BURMA
            AMEMBASSY JAKARTA|RUEHJA|ID|INDONESIA
            AMEMBASSY KUALA LUMPUR|RUEHKL|MY|MALAYSIA
            AMCONSUL KARACHI|RUEHKP|PK|PAKISTAN
            AMCONSUL LAHORE|RUEHLH|PK|PAKISTAN
            AMCONSUL PESHAWAR|RUEHPW|PK|PAKISTAN
            AMCONSUL MUMBAI|RUEHBI|IN|INDIA
            AMCONSUL ISTANBUL|RUEHIT|TU|TURKEY
            AMCONSUL JEDDAH|RUEHJI|SA|SAUDI ARABIA
            AMCONSUL DUBAI|RUEHDE|AE|UNITED ARAB EMIRATES
            AMCONSUL SAO PAULO|RUEHSO|BR|BRAZIL
            AMCONSUL RIO DE JANEIRO|RUEHRI|BR|BRAZIL
            AMCONSUL CAPE TOWN|RUEHTN|SF|SOUTH AFRICA
            AMCONSUL SHANGHAI|RUEHGH|CH|CHINA
            AMCONSUL MUNICH|RUEHMZ|GM|GERMANY
            AMCONSUL LAGOS|RUEHOS|NI|NIGERIA
            USMISSION USNATO|RUEHNO|NATO|NATO
            USMISSION GENEVA|RUEHGV|UN|UNITED NATIONS
            """;

    private static final List<Post> ALL = parse();
    private static final Map<String, Post> BY_ID = index(ALL, Post::id);
    private static final Map<String, Post> BY_ROUTE = index(ALL, Post::route);
    private static final Map<String, Post> BY_ADDRESS = index(ALL, Post::plad);

    private PostDirectory() {}

    /** Every post, the Department first. */
    public static List<Post> all() {
        return ALL;
    }

    public static Post department() {
        return ALL.get(0);
    }

    /** The post reference ids spell so ({@code LONDON}, {@code STATE}), any case. */
    public static Optional<Post> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(normal(id)));
    }

    /** The post behind a routing indicator ({@code RUEHLO}), any case. */
    public static Optional<Post> byRoute(String route) {
        return route == null ? Optional.empty() : Optional.ofNullable(BY_ROUTE.get(normal(route)));
    }

    /** The post with this plain language address ({@code AMEMBASSY LONDON}), any case and spacing. */
    public static Optional<Post> byAddress(String plad) {
        return plad == null ? Optional.empty() : Optional.ofNullable(BY_ADDRESS.get(normal(plad)));
    }

    /**
     * The archive's name of the post for a routing indicator and/or an address: the catalogue's when it knows the
     * indicator or else the address, else the name read from the address ({@link PostNames#origin}); null when
     * neither says.
     */
    public static String postName(String route, String address) {
        return byRoute(route).or(() -> byAddress(address)).map(Post::origin).orElseGet(() -> PostNames.origin(address));
    }

    private static String normal(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<Post> parse() {
        List<Post> posts = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            String plad = f[0];
            String id = PostNames.idForm(plad);
            posts.add(new Post(id, plad, f[1], PostNames.bannerName(id, plad), f[2], f[3]));
        }
        return List.copyOf(posts);
    }

    private static Map<String, Post> index(List<Post> posts, Function<Post, String> key) {
        Map<String, Post> byKey = new HashMap<>();
        for (Post post : posts) {
            if (byKey.putIfAbsent(key.apply(post), post) != null) {
                throw new IllegalStateException("two posts in the directory share " + key.apply(post));
            }
        }
        return Map.copyOf(byKey);
    }
}
