package org.chancery.synthetic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.Post;
import org.chancery.telegram.post.PostNames;
import org.chancery.telegram.write.LineWrapper;

/**
 * Generates realistic, entirely invented cables: deterministic per seed, streaming (an {@link Iterator} over N
 * cables, in date order), and fast. The mix follows the shape of real traffic — a few origins (the Department, the
 * big embassies) far above the median post ({@link Posts}); about 40% unclassified (a third of them SBU), 45%
 * confidential, 14% secret, TS rare; dates with a thin tail back to 1966, a steep rise through the 1990s and a plateau
 * in 2006–2009 ({@link TrafficYears}); subject TAGS skewed like real ones ({@link SubjectTags}) and country TAGS that
 * name the post's host country most of the time; most texts 1–4 KB with a long tail past 30 KB — and every cable is
 * valid by the project's own rules: the
 * banner covers every paragraph marking and caveat, classified cables have a DECL and a Classified By with reasons.
 * REF lines cite cables generated earlier in the same run, so the corpus has a reference graph.
 *
 * <p>Paragraph text is wrapped at {@link LineWrapper#DEFAULT_WIDTH} already, so {@code TelegramWriter} writes it
 * unchanged. {@link Cable#sections()} and the FL3 section number are left null: the writer decides the cut.
 *
 * <p>Memory stays small whatever N: serial and continuity counters per post, and a ring of recent cables to cite.
 */
public final class CableGenerator implements Iterator<Cable> {
    private static final LocalDate E_O_12065 = LocalDate.of(1978, 12, 1);
    private static final LocalDate E_O_12356 = LocalDate.of(1982, 8, 1);
    private static final LocalDate E_O_12958 = LocalDate.of(1995, 10, 14);
    private static final LocalDate E_O_12958_AMENDED = LocalDate.of(2003, 3, 25);
    private static final LocalDate E_O_13526 = LocalDate.of(2009, 12, 29);
    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ROOT);
    private static final DateTimeFormatter DECL = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final int RECENT = 1024;

    private static final String[][] AGENCIES = {
        {"RUEAIIA", "CIA WASHDC"},
        {"RHEHNSC", "NSC WASHDC"},
        {"RUEKJCS", "SECDEF WASHDC"},
        {"RUEKJCS", "JOINT STAFF WASHDC"},
        {"RHEHAAA", "WHITE HOUSE WASHDC"},
        {"RUCPDOC", "USDOC WASHDC"},
        {"RUEATRS", "DEPT OF TREASURY WASHDC"},
        {"RHMFISS", "HQ USCENTCOM MACDILL AFB FL"},
        {"RUEIDN", "DNI WASHINGTON DC"}
    };
    private static final String[] ORGANISATIONS = {"NATO", "UNSC", "EUN", "IAEA", "AU", "OSCE", "WTO"};

    private final SplittableRandom random;
    private final long count;
    private final LineWrapper wrapper = new LineWrapper(LineWrapper.DEFAULT_WIDTH);
    private final Map<String, int[]> serials = new HashMap<>();
    private final Map<String, int[]> continuity = new HashMap<>();
    private final Cited[] recent = new Cited[RECENT];
    private long produced;

    private record Cited(String id, String bannerName, String year, int serial, String idPost) {}

    /**
     * @param seed the same seed and count give the same cables
     * @param count how many cables the iterator yields
     */
    public CableGenerator(long seed, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.random = new SplittableRandom(seed);
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public Cable next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Cable cable = generate(date(produced));
        recent[(int) (produced % RECENT)] = cited(cable);
        produced++;
        return cable;
    }

    /** Spreads dates like real traffic so that the stream is in date order whatever its length. */
    private OffsetDateTime date(long index) {
        return TrafficYears.at((index + random.nextDouble()) / count);
    }

    private Cable generate(OffsetDateTime date) {
        SplittableRandom r = random;
        Post post = Posts.pick(r);
        String year = pad(date.getYear() % 100, 2);
        int serial = nextSerial(post, year);
        String referenceId = year + post.id() + serial;

        Classification classification = classification(r);
        List<String> handling = new ArrayList<>(2);
        boolean sensitive = classification == Classification.UNCLASSIFIED && r.nextInt(3) == 0;
        if (sensitive) {
            handling.add("SBU");
        }
        boolean noforn = (classification == Classification.SECRET && r.nextInt(100) < 40)
                || (classification == Classification.CONFIDENTIAL && r.nextInt(100) < 12)
                || classification == Classification.TOP_SECRET && r.nextInt(2) == 0;
        if (noforn) {
            handling.add("NOFORN");
        }
        List<String> captions = captions(r, date, classification);

        List<Addressee> to = new ArrayList<>();
        List<Addressee> info = new ArrayList<>();
        Precedence precedence = addressees(r, post, to, info);

        Post topic = topic(r, post);
        List<String> tags = tags(r, topic.countryTag());
        String subject = PhraseGrammar.subject(r, topic.country());
        List<Reference> references = references(r, year);
        Declassification declassification = declassification(r, date.toLocalDate(), classification);
        ClassifiedBy classifiedBy = classifiedBy(r, post, date.toLocalDate(), classification, declassification);

        String[] summary = new String[1];
        List<Paragraph> paragraphs = paragraphs(r, classification, sensitive, noforn, summary);
        List<String> signers = List.of(signer(post, date.getYear()));

        Transmission transmission = transmission(r, post, serial, date, classification, precedence, info, to);
        return new Cable(
                referenceId,
                post.origin(),
                date,
                classification,
                handling,
                captions,
                subject,
                tags,
                references,
                declassification,
                classifiedBy,
                signers,
                summary[0],
                to,
                info,
                paragraphs,
                false,
                transmission,
                null,
                "",
                "");
    }

    private static Classification classification(SplittableRandom r) {
        int p = r.nextInt(1000);
        if (p < 400) {
            return Classification.UNCLASSIFIED;
        }
        if (p < 850) {
            return Classification.CONFIDENTIAL;
        }
        return p < 992 ? Classification.SECRET : Classification.TOP_SECRET;
    }

    private static List<String> captions(SplittableRandom r, OffsetDateTime date, Classification classification) {
        int p = r.nextInt(1000);
        if (classification.atLeast(Classification.SECRET) && p < 15) {
            return List.of("NODIS");
        }
        if (classification != Classification.UNCLASSIFIED && p < 45) {
            return List.of("EXDIS");
        }
        if (p < 55) {
            return List.of("LIMDIS");
        }
        // SIPDIS came in with the wider classified network after 2002
        if (date.getYear() >= 2002 && p < 900) {
            return List.of("SIPDIS");
        }
        return List.of();
    }

    /** Fills TO and INFO and returns the highest precedence used. */
    private Precedence addressees(SplittableRandom r, Post post, List<Addressee> to, List<Addressee> info) {
        Precedence action = actionPrecedence(r);
        Set<String> used = new LinkedHashSet<>();
        used.add(post.route());
        if (post.isDepartment()) {
            int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(4) : 0);
            for (int i = 0; i < n; i++) {
                Post target = Posts.pickField(r);
                if (used.add(target.route())) {
                    to.add(stateAddressee(post, target, action.label()));
                }
            }
        } else {
            Post department = Posts.department();
            used.add(department.route());
            to.add(stateAddressee(post, department, action.label()));
        }
        int infoCount = r.nextInt(4) == 0 ? 0 : (int) Math.min(25, Math.round(-Math.log(1 - r.nextDouble()) * 4));
        for (int i = 0; i < infoCount; i++) {
            String precedence = infoPrecedence(r, action);
            if (r.nextInt(5) == 0) {
                String[] agency = PhraseGrammar.pick(r, AGENCIES);
                if (used.add(agency[1])) {
                    info.add(new Addressee(agency[0], agency[1], precedence, null));
                }
            } else {
                Post target = Posts.pickField(r);
                if (used.add(target.route())) {
                    info.add(stateAddressee(post, target, precedence));
                }
            }
        }
        return action;
    }

    private static Precedence actionPrecedence(SplittableRandom r) {
        int p = r.nextInt(1000);
        if (p < 5) {
            return Precedence.FLASH;
        }
        if (p < 20) {
            return Precedence.NIACT_IMMEDIATE;
        }
        if (p < 350) {
            return Precedence.IMMEDIATE;
        }
        return p < 700 ? Precedence.PRIORITY : Precedence.ROUTINE;
    }

    /** INFO addressees mostly share the action precedence, sometimes lower, sometimes none is written. */
    private static String infoPrecedence(SplittableRandom r, Precedence action) {
        int p = r.nextInt(10);
        if (p < 6) {
            return action == Precedence.FLASH ? Precedence.IMMEDIATE.label() : action.label();
        }
        if (p < 8) {
            return action.compareTo(Precedence.PRIORITY) < 0 ? Precedence.PRIORITY.label() : Precedence.ROUTINE.label();
        }
        return null;
    }

    private Addressee stateAddressee(Post from, Post target, String precedence) {
        int[] counter = continuity.computeIfAbsent(
                from.route() + "/" + target.route(), k -> new int[] {random.nextInt(10_000)});
        counter[0] = (counter[0] + 1) % 10_000;
        return new Addressee(target.route(), target.plad(), precedence, pad(counter[0], 4));
    }

    private int nextSerial(Post post, String year) {
        boolean department = post.isDepartment();
        int[] counter = serials.computeIfAbsent(
                post.id() + year, k -> new int[] {department ? 1 + random.nextInt(2000) : 1 + random.nextInt(40)});
        // the generator samples real-looking traffic: serials jump, as in any one release
        counter[0] += 1 + random.nextInt(department ? 200 : 25);
        return counter[0];
    }

    /**
     * The post whose country the cable is about: a post writes about its host country most of the time (an embassy
     * in Harare tags ZI), now and then about another; the Department writes about the posts it addresses.
     */
    private static Post topic(SplittableRandom r, Post post) {
        return post.isDepartment() || r.nextInt(100) < 8 ? Posts.pickField(r) : post;
    }

    private static List<String> tags(SplittableRandom r, String countryTag) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        SubjectTags.draw(r, tags);
        if (r.nextInt(40) == 0) {
            tags.add("OVIP (" + PhraseGrammar.surname(r).toUpperCase(Locale.ROOT) + ", "
                    + PhraseGrammar.personName(r).split(" ")[0].toUpperCase(Locale.ROOT) + ")");
        }
        tags.add(countryTag);
        if (r.nextInt(4) == 0) {
            tags.add(Posts.pickField(r).countryTag());
        }
        if (r.nextInt(10) == 0) {
            tags.add(PhraseGrammar.pick(r, ORGANISATIONS));
        }
        return List.copyOf(tags);
    }

    private List<Reference> references(SplittableRandom r, String year) {
        if (produced == 0 || r.nextInt(100) >= 40) {
            return List.of();
        }
        int available = (int) Math.min(produced, RECENT);
        int n = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
        List<Reference> refs = new ArrayList<>(n);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            Cited c = recent[(int) ((produced - 1 - r.nextInt(available)) % RECENT)];
            if (!seen.add(c.id())) {
                continue;
            }
            String text = (c.year().equals(year) ? "" : c.year() + " ") + c.bannerName() + " " + c.serial();
            refs.add(new Reference(c.id(), text));
        }
        return refs;
    }

    private static Cited cited(Cable cable) {
        var parts = PostNames.parts(cable.referenceId()).orElseThrow();
        String banner = PostNames.bannerName(parts.post(), cable.transmission().originator());
        return new Cited(cable.referenceId(), banner, parts.year(), parts.serial(), parts.post());
    }

    private static Declassification declassification(
            SplittableRandom r, LocalDate date, Classification classification) {
        String authority = authority(date);
        if (classification == Classification.UNCLASSIFIED) {
            return new Declassification(authority, Declassification.Kind.NOT_APPLICABLE, null, "N/A");
        }
        if (date.isBefore(E_O_12958)) {
            return new Declassification(authority, Declassification.Kind.OADR, null, "OADR");
        }
        int p = r.nextInt(10);
        int years = p < 7 ? 10 : p < 8 ? 15 : p < 9 ? 20 : 25;
        LocalDate on = date.plusYears(years);
        return new Declassification(authority, Declassification.Kind.DATE, on, DECL.format(on));
    }

    private static String authority(LocalDate date) {
        if (date.isBefore(E_O_12065)) {
            return "E.O. 11652";
        }
        if (date.isBefore(E_O_12356)) {
            return "E.O. 12065";
        }
        if (date.isBefore(E_O_12958)) {
            return "E.O. 12356";
        }
        return date.isBefore(E_O_13526) ? "E.O. 12958" : "E.O. 13526";
    }

    private static ClassifiedBy classifiedBy(
            SplittableRandom r, Post post, LocalDate date, Classification classification, Declassification decl) {
        if (classification == Classification.UNCLASSIFIED || decl.kind() == Declassification.Kind.OADR) {
            return null;
        }
        String section = date.isBefore(E_O_12958_AMENDED) ? "1.5" : "1.4";
        List<String> letters = switch (r.nextInt(6)) {
            case 0 -> List.of("b");
            case 1 -> List.of("d");
            case 2 -> List.of("b", "c");
            default -> List.of("b", "d");
        };
        String name = PhraseGrammar.personName(r);
        String who = PhraseGrammar.classifierTitle(r, post.isDepartment()) + " " + name;
        String text = switch (r.nextInt(3)) {
            case 0 -> who + ", reasons " + section + " (" + String.join("/", letters) + ").";
            case 1 -> who + " for reasons " + section + " (" + String.join(") and (", letters) + ").";
            default -> who + ". Reason: " + section + "(" + String.join(") and (", letters) + ").";
        };
        List<String> reasons =
                letters.stream().map(l -> section + "(" + l + ")").toList();
        return new ClassifiedBy(text, List.of(name), reasons);
    }

    private List<Paragraph> paragraphs(
            SplittableRandom r, Classification banner, boolean sensitive, boolean noforn, String[] summaryOut) {
        // log-normal text size: median about 2.6 KB, a long tail past 30 KB
        double size = Math.exp(Math.log(2_600) + 0.8 * gaussian(r));
        int budget = (int) Math.max(200, size - 600);
        List<Paragraph> paragraphs = new ArrayList<>();
        int used = 0;
        int number = 1;
        boolean withSummary = budget > 2_000 && r.nextInt(10) < 6;
        boolean nofornPlaced = false;
        while (used < budget || paragraphs.isEmpty()) {
            String marking = marking(r, banner, sensitive, noforn, number == 1, nofornPlaced);
            if (marking != null && marking.endsWith("/NF")) {
                nofornPlaced = true;
            }
            StringBuilder text = new StringBuilder(512);
            boolean isSummary = withSummary && number == 1;
            if (isSummary) {
                text.append("Summary: ");
            }
            int sentences = 2 + r.nextInt(5);
            int summaryStart = text.length();
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                PhraseGrammar.sentence(r, text);
            }
            if (isSummary) {
                summaryOut[0] = text.substring(summaryStart);
                text.append(" End summary.");
            }
            String prefix = "¶" + number + ". " + (marking == null ? "" : "(" + marking + ") ");
            String wrapped = wrapper.fill(text, prefix.length());
            paragraphs.add(new Paragraph(number, marking, wrapped));
            used += wrapped.length() + prefix.length() + 2;
            number++;
        }
        return paragraphs;
    }

    /**
     * A portion marking no higher than the banner; the first paragraph carries the banner's own level so the
     * banner is never higher than the text justifies, and a NOFORN cable has a NOFORN paragraph.
     */
    private static String marking(
            SplittableRandom r,
            Classification banner,
            boolean sensitive,
            boolean noforn,
            boolean first,
            boolean nofornPlaced) {
        if (banner == Classification.UNCLASSIFIED) {
            if (sensitive) {
                return first || r.nextBoolean() ? "SBU" : "U";
            }
            return r.nextInt(10) < 7 ? "U" : null;
        }
        Classification level = first || r.nextInt(10) < 7 ? banner : lower(r, banner);
        String abbreviation =
                level == Classification.UNCLASSIFIED ? (r.nextBoolean() ? "U" : "SBU") : level.abbreviation();
        boolean nf = noforn && level == banner && (!nofornPlaced || r.nextInt(10) < 7);
        return nf ? abbreviation + "/NF" : abbreviation;
    }

    private static Classification lower(SplittableRandom r, Classification banner) {
        return Classification.values()[r.nextInt(banner.ordinal())];
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17 targets
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static String signer(Post post, int year) {
        // the same chief of mission signs a post's cables for a few years
        SplittableRandom r = new SplittableRandom(post.route().hashCode() * 31L + year / 3);
        return PhraseGrammar.surname(r).toUpperCase(Locale.ROOT);
    }

    private Transmission transmission(
            SplittableRandom r,
            Post post,
            int serial,
            OffsetDateTime date,
            Classification classification,
            Precedence precedence,
            List<Addressee> info,
            List<Addressee> to) {
        boolean relayed = r.nextInt(10) < 7;
        String channel = relayed ? "XRO" : "XYZ";
        String sequence = pad(relayed ? r.nextInt(10_000) : r.nextInt(10), 4);
        List<String> routes = new ArrayList<>();
        if (relayed) {
            for (Addressee a : info) {
                if (a.route().startsWith("RUEH")
                        && routes.size() < 6
                        && r.nextBoolean()
                        && !routes.contains(a.route())) {
                    routes.add(a.route());
                }
            }
            if (routes.isEmpty()) {
                routes.add(to.get(0).route());
            }
        } else {
            routes.add("RUEHWEB");
        }
        String prosign = precedence.prosign();
        String filing = pad(date.getDayOfYear(), 3) + pad(date.getHour(), 2) + pad(date.getMinute(), 2);
        return new Transmission(
                "VZCZC" + channel + sequence,
                channel,
                sequence,
                prosign + prosign,
                routes,
                post.route(),
                pad(serial % 10_000, 4),
                null,
                filing,
                classification.securityWarning() + " ZZH",
                prosign,
                DTG.format(date).toUpperCase(Locale.ROOT),
                date,
                post.plad(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /** Zero-padded decimal; String.format is too slow for tens of thousands of cables a second. */
    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
