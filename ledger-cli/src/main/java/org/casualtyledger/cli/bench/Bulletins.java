package org.casualtyledger.cli.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Daily bulletins in the style of a conflict monitor's, made up from a seed: about 5,500 characters and a score of
 * casualty figures each (incidents, breakdowns, captures, running totals), with places, parties, numbers and dates
 * varied so that no two bulletins of a run are the same report.
 */
final class Bulletins {
    private static final List<String> PROVINCES = List.of("Deir Ezzor", "Idlib", "Aleppo", "Hama", "Daraa", "Homs", "Raqqa");
    private static final List<String> TOWNS = List.of("Hajin", "al-Susah", "al-Shafah", "Maarat al-Numan", "Khan Shaykhun",
            "Kafr Nabudah", "al-Lataminah", "Jisr al-Shughur", "Saraqib", "Busra al-Harir", "Tafas", "al-Mayadin",
            "al-Bukamal", "Abu Hammam", "Gharanij", "Ariha", "Kabani", "Tal Rifaat");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private final Random random;
    private final int serial;

    private Bulletins(long seed, int serial) {
        this.random = new Random(seed * 1_000_003L + serial);
        this.serial = serial;
    }

    /** The bulletin number {@code serial} of a run: its publication date and its text. */
    static Bulletin make(long seed, int serial) {
        return new Bulletins(seed, serial).bulletin();
    }

    record Bulletin(LocalDate publishedAt, String title, String text) {
    }

    private Bulletin bulletin() {
        LocalDate day = LocalDate.of(2018, 6, 1).plusDays(serial % 900);
        String province = pick(PROVINCES);
        String town = pick(TOWNS);
        int isis = between(12, 60);
        int captured = between(5, 30);
        StringBuilder text = new StringBuilder();
        text.append("The Syrian Observatory For Human Rights\n\n");
        String title = "About " + isis + " ISIS members were killed and " + captured + " others were captured in a failed attack near " + town;
        text.append(title).append("\n\n");
        text.append(province).append(" Province – the Syrian Observatory for Human Rights documented heavy losses in a failed "
                + "attack carried out by members of the \u201cIslamic State\u201d organization on positions of the Syria Democratic "
                + "Forces near ").append(town).append(", where ").append(isis).append(" members at least of the organization were "
                + "killed, and the SDF managed to capture ").append(captured).append(" other members of the organization, while at "
                + "least ").append(between(4, 25)).append(" members of the SDF were also killed, in addition to the injury of ")
                .append(between(10, 40)).append(" members at least with varying severity. The number of dead is expected to rise "
                + "because some of the wounded are in a serious condition.\n\n");
        text.append("With these losses it rose to ").append(between(900, 1900)).append(" the number of members of the "
                + "organization who were killed since the 10th of ").append(pick(MONTHS)).append(" ").append(day.getYear() - 1)
                .append(", while it rose to ").append(between(400, 900)).append(" the number of fighters of the Syria Democratic "
                + "Forces who were killed in the same period.\n\n");
        filler(text, town);
        String second = pick(TOWNS);
        int civilians = between(8, 40);
        text.append("Separately, shelling by the regime forces on the town of ").append(second).append(" in the countryside of ")
                .append(pick(PROVINCES)).append(" killed ").append(civilians).append(" civilians including ")
                .append(between(2, civilians / 2)).append(" children and ").append(between(1, civilians / 3))
                .append(" women, and wounded ").append(between(10, 50)).append(" others, some of them in a serious condition.\n\n");
        filler(text, second);
        text.append("In ").append(pick(PROVINCES)).append(" countryside, an explosive device went off in a military vehicle "
                + "near ").append(pick(TOWNS)).append(", killing ").append(between(3, 15)).append(" members of the regime forces "
                + "and wounding ").append(between(2, 12)).append(" others, while ").append(between(2, 9)).append(" fighters of "
                + "the factions were killed in clashes with the regime forces on the axes of ").append(pick(TOWNS)).append(".\n\n");
        text.append("The Syrian Observatory also documented the death of ").append(between(5, 30)).append(" persons on the ")
                .append(ordinal(day.getDayOfMonth())).append(" of ").append(MONTHS.get(day.getMonthValue() - 1)).append(" ")
                .append(day.getYear()).append(" across the Syrian territory, among them ").append(between(2, 6))
                .append(" children, and the Observatory monitored the death of ").append(between(2, 8))
                .append(" members of the regime forces under torture in the prisons of the regime.\n\n");
        filler(text, pick(TOWNS));
        text.append("The SOHR published hours ago that the International Coalition's warplanes carried out ").append(between(10, 40))
                .append(" strikes on the area, which killed ").append(between(6, 30)).append(" members of the organization, "
                + "including ").append(between(2, 5)).append(" leaders, and it rose to ").append(between(300, 700))
                .append(" the number of people killed in the strikes since the start of the campaign, including ")
                .append(between(100, 200)).append(" children and ").append(between(50, 120)).append(" women.\n");
        return new Bulletin(day, title, text.toString());
    }

    /** Figureless paragraphs that bring a bulletin to a monitor's usual length. */
    private void filler(StringBuilder text, String town) {
        text.append("The clashes continued until the early hours of the morning around ").append(town).append(", accompanied by "
                + "loud explosions and by the shelling of the positions of the organization with heavy weapons, while the "
                + "warplanes of the International Coalition flew over the area. The Observatory's sources reported that the "
                + "organization tried to open a way out of the besieged area towards the desert, and that the Syria Democratic "
                + "Forces sent reinforcements of fighters and military vehicles to the front lines, in an attempt to stop the "
                + "advance and to regain control of the points they had lost during the attack. Residents of the nearby villages "
                + "fled towards the camps in the north, carrying what they could of their belongings. ");
        text.append("Reliable sources told the Syrian Observatory that a state of tension prevails in ").append(pick(TOWNS))
                .append(" and the surrounding villages, amid a heavy deployment of checkpoints on the main roads, searches of "
                + "houses and the arrest of young men on charges of dealing with the other side, while the humanitarian situation "
                + "continues to worsen because of the lack of medicine, fuel and bread, and the closure of most of the roads "
                + "leading to the area.\n\n");
    }

    private int between(int low, int high) {
        return low + random.nextInt(Math.max(1, high - low + 1));
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String ordinal(int day) {
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
        return day + suffix;
    }
}
