package tech.jobbot.domain.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job — a posting, a pasted description or a bare title — into the {@link JobProfile}
 * that interviews are tailored to. Pure and deterministic: plain text in, profile out.
 */
public final class JobProfiles {
    static final String UNTITLED = "Untitled role";
    /** Below this many skills found in the text, the skills the title implies are added. */
    private static final int FEW_SKILLS = 3;
    /**
     * What any interview can probe when neither the text nor the title names a skill Jobbot knows
     * (a paralegal, a line cook): used only if the taxonomy has them.
     */
    private static final List<SkillId> CORE_SKILLS = List.of(new SkillId("communication"), new SkillId("teamwork"),
            new SkillId("problem-solving"));
    private static final int MAX_ITEMS = 60;
    private static final int MAX_ITEM_LENGTH = 500;

    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014\u2192>]|o(?=\\s)|\\d{1,2}[.)]|[a-z][.)](?=\\s))\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z0-9\"'(])");
    private static final Pattern LABEL = Pattern.compile(
            "^(job title|title|position|role|job|vacancy|company|employer|organi[sz]ation|hiring organi[sz]ation"
                    + "|employment type|job type|contract type|type|seniority|level)\\s*[:\u2013\u2014-]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_COMPANY = Pattern.compile("^(?i:about)\\s+([A-Z][\\p{L}\\p{N}&.,' -]{1,60})$");
    private static final Pattern YEARS = Pattern.compile(
            "(\\d{1,2})\\s*(?:\\+|plus)?\\s*(?:(?:-|\u2013|to)\\s*\\d{1,2}\\s*)?\\+?\\s*(?:years?|yrs?)\\b"
                    + "(?:[^.\\n]{0,40}?experience|['\u2019]?\\s+(?:of|in|as|leading|managing|working)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST_YEARS = Pattern.compile(
            "(?:experience|experienced)[^.\\n]{0,30}?(?:at least|minimum of|min\\.?|over)\\s*(\\d{1,2})\\s*(?:years?|yrs?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#+\\s*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern CONTRACT = Pattern.compile(
            "\\b(?:fixed[- ]term|contract (?:role|position|basis|assignment)|contractor|\\d{1,2}[- ]months? contract)\\b",
            Pattern.CASE_INSENSITIVE);

    private JobProfiles() {
    }

    /** A profile from what a posting says: its own fields first, its text for what they leave out. */
    public static JobProfile fromPosting(JobPosting posting, SkillExtractor extractor) {
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(extractor, "extractor");
        String description = clip(posting.description().strip(), JobProfile.MAX_DESCRIPTION);
        Parsed parsed = Parsed.of(description);

        String title = posting.title().map(String::strip).filter(t -> !t.isBlank())
                .or(parsed::title)
                .map(t -> clip(t, JobProfile.MAX_TITLE))
                .orElse(UNTITLED);
        Optional<String> company = posting.company().map(String::strip).filter(c -> !c.isBlank())
                .or(parsed::company);
        List<String> requirements = items(posting.qualifications(), parsed.requirements());
        List<String> responsibilities = items(posting.responsibilities(), parsed.responsibilities());

        SkillRanking ranking = new SkillRanking();
        for (String skill : posting.skills()) {
            ranking.add(extractor.mentions(skill), 4, true);
        }
        ranking.add(extractor.mentions(String.join("\n", requirements)), 3, true);
        String rankedTitle = title.equals(UNTITLED) ? "" : title;
        ranking.add(extractor.mentions(rankedTitle), 3, false);
        ranking.add(extractor.mentions(String.join("\n", responsibilities)), 2, false);
        // Not the company blurb or the benefits: "we run 14 distribution centres" is no skill of the job.
        ranking.add(extractor.mentions(parsed.skillText()), 1, false);
        SkillTaxonomy taxonomy = extractor.taxonomy();
        for (String role : taxonomy.rolesIn(rankedTitle)) {
            // A role's first skill is what defines it: a financial analyst does financial analysis.
            ranking.add(taxonomy.roleSkills().get(role).get(0), 3);
        }
        List<SkillId> skills = ranking.ranked();
        if (skills.size() < FEW_SKILLS) {
            skills = withTypical(skills, taxonomy.typicalSkillsFor(rankedTitle));
        }
        if (skills.isEmpty()) {
            skills = coreSkills(taxonomy);
        }

        Seniority seniority = seniorityOfTitle(rankedTitle);
        if (seniority == Seniority.UNKNOWN && posting.seniority().isPresent()) {
            seniority = seniorityOfTitle(posting.seniority().get());
        }
        if (seniority == Seniority.UNKNOWN) {
            seniority = parsed.seniority().map(JobProfiles::seniorityOfTitle).orElse(Seniority.UNKNOWN);
        }
        if (seniority == Seniority.UNKNOWN) {
            seniority = seniorityOfText(description, requirements);
        }
        Optional<String> employmentType = posting.employmentType().map(JobProfiles::employmentType)
                .filter(t -> !t.isBlank())
                .or(() -> parsed.employmentType().map(JobProfiles::employmentType))
                .or(() -> employmentTypeOfText(rankedTitle + "\n" + description));

        return new JobProfile(title, company, description, responsibilities, requirements, skills, seniority,
                employmentType);
    }

    /** A profile from a pasted description: title, sections and skills read from the text. */
    public static JobProfile fromDescription(String plainText, SkillExtractor extractor) {
        Objects.requireNonNull(plainText, "plainText");
        return fromPosting(JobPosting.ofText(plainText), extractor);
    }

    /**
     * A profile from a title alone. It still names skills: those written in the title and those
     * its role implies ("Registered Nurse" → patient care, medication administration, ...).
     */
    public static JobProfile fromTitle(String title, SkillExtractor extractor) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extractor, "extractor");
        String clean = clip(WHITESPACE.matcher(title.strip()).replaceAll(" "), JobProfile.MAX_TITLE);
        if (clean.isBlank()) {
            throw new IllegalArgumentException("a job title must not be blank");
        }
        List<SkillId> skills = withTypical(extractor.extract(clean), extractor.taxonomy().typicalSkillsFor(clean));
        if (skills.isEmpty()) {
            skills = coreSkills(extractor.taxonomy());
        }
        return new JobProfile(clean, Optional.empty(), "", List.of(), List.of(), skills, seniorityOfTitle(clean),
                employmentTypeOfText(clean));
    }

    private static List<SkillId> coreSkills(SkillTaxonomy taxonomy) {
        return CORE_SKILLS.stream().filter(id -> taxonomy.find(id).isPresent()).toList();
    }

    private static List<SkillId> withTypical(List<SkillId> found, List<SkillId> typical) {
        List<SkillId> all = new ArrayList<>(found);
        for (SkillId id : typical) {
            if (!all.contains(id)) {
                all.add(id);
            }
        }
        return all;
    }

    private static List<String> items(List<String> given, List<String> parsed) {
        List<String> out = new ArrayList<>();
        for (String item : given.isEmpty() ? parsed : given) {
            String clean = clip(WHITESPACE.matcher(item.strip()).replaceAll(" "), MAX_ITEM_LENGTH);
            if (!clean.isBlank() && !out.contains(clean) && out.size() < MAX_ITEMS) {
                out.add(clean);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- seniority

    /** Seniority from a job title (or a posting's own seniority field). */
    static Seniority seniorityOfTitle(String title) {
        String t = " " + SkillTaxonomy.roleKey(title) + " ";
        if (containsAny(t, "intern", "interns", "internship", "trainee", "apprentice", "apprenticeship",
                "working student", "placement student")) {
            return Seniority.INTERN;
        }
        String withoutLeadGen = t.replace(" lead generation ", " ").replace(" lead gen ", " ");
        if (containsAny(withoutLeadGen, "lead", "leader", "principal", "head", "headteacher", "director", "chief",
                "vp", "vice president", "supervisor", "charge nurse", "superintendent")
                || (containsAny(t, "staff") && containsAny(t, "engineer", "scientist", "developer", "designer",
                        "architect"))
                || isManagingManager(t)) {
            return Seniority.LEAD;
        }
        if (containsAny(t, "senior", "sr", "snr", "iii")) {
            return Seniority.SENIOR;
        }
        if (containsAny(t, "junior", "jr", "entry level", "graduate", "grad", "new grad")) {
            return Seniority.JUNIOR;
        }
        if (containsAny(t, "mid level", "mid", "intermediate", "ii")) {
            return Seniority.MID;
        }
        return Seniority.UNKNOWN;
    }

    /**
     * A "manager" leads people, except in titles where the word names what is managed rather
     * than whom (a product or account manager is usually an individual contributor).
     */
    private static boolean isManagingManager(String t) {
        if (!containsAny(t, "manager")) {
            return false;
        }
        return !containsAny(t, "product manager", "account manager", "project manager", "program manager",
                "programme manager", "case manager", "community manager", "content manager", "social media manager",
                "campaign manager", "relationship manager", "key account manager", "success manager",
                "customer success manager", "category manager", "brand manager");
    }

    /**
     * Seniority from the body text, where only explicit phrases ("entry-level", "no experience
     * needed") and years of experience count. Years are read from the requirements when there are
     * any: elsewhere a posting may boast of the company's own 20 years.
     */
    static Seniority seniorityOfText(String description, List<String> requirements) {
        String t = " " + SkillTaxonomy.roleKey(description + "\n" + String.join("\n", requirements)) + " ";
        if (containsAny(t, "this internship", "internship programme", "internship program", "summer internship")) {
            return Seniority.INTERN;
        }
        if (containsAny(t, "entry level", "no experience required", "no prior experience", "no experience needed",
                "no experience necessary", "no experience no problem", "recent graduate", "recent graduates",
                "new graduates", "graduate programme", "graduate program", "graduate scheme")) {
            return Seniority.JUNIOR;
        }
        String yearsText = requirements.isEmpty() ? description : String.join("\n", requirements);
        int years = -1;
        for (Pattern pattern : List.of(YEARS, AT_LEAST_YEARS)) {
            Matcher m = pattern.matcher(yearsText);
            while (m.find()) {
                years = Math.max(years, Integer.parseInt(m.group(1)));
            }
        }
        if (years < 0 || years > 40) {
            return Seniority.UNKNOWN;
        }
        // The largest minimum asked for: "0-2 years" is entry level, "2+ years" is not.
        if (years <= 1) {
            return Seniority.JUNIOR;
        }
        return years <= 5 ? Seniority.MID : Seniority.SENIOR;
    }

    private static boolean containsAny(String padded, String... phrases) {
        for (String phrase : phrases) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- employment type

    /** Normalises schema.org values (FULL_TIME) and free text (Full time) to "full-time" and friends. */
    static String employmentType(String raw) {
        String key = SkillTaxonomy.roleKey(raw.replace('_', ' '));
        return switch (key) {
            case "full time", "fulltime", "permanent full time" -> "full-time";
            case "part time", "parttime" -> "part-time";
            case "contractor", "contract", "fixed term", "fixed term contract" -> "contract";
            case "temporary", "temp" -> "temporary";
            case "intern", "internship" -> "internship";
            case "per diem" -> "per diem";
            case "volunteer" -> "volunteer";
            case "freelance", "freelancer" -> "freelance";
            default -> raw.strip();
        };
    }

    static Optional<String> employmentTypeOfText(String text) {
        String t = " " + SkillTaxonomy.roleKey(text) + " ";
        int full = firstOf(t, " full time ", " fulltime ");
        int part = firstOf(t, " part time ");
        if (full >= 0 || part >= 0) {
            return Optional.of(part < 0 || (full >= 0 && full < part) ? "full-time" : "part-time");
        }
        if (CONTRACT.matcher(text).find()) {
            return Optional.of("contract");
        }
        if (t.contains(" temporary ")) {
            return Optional.of("temporary");
        }
        if (t.contains(" internship ")) {
            return Optional.of("internship");
        }
        if (t.contains(" freelance ")) {
            return Optional.of("freelance");
        }
        return Optional.empty();
    }

    private static int firstOf(String text, String... phrases) {
        int first = -1;
        for (String phrase : phrases) {
            int at = text.indexOf(phrase);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip();
    }

    // ---------------------------------------------------------------- skills ranking

    /**
     * Skills scored by where they are mentioned: requirements (and the posting's own skill list)
     * first, then by weighted mentions, then by first sighting.
     */
    private static final class SkillRanking {
        private final Map<SkillId, int[]> scores = new LinkedHashMap<>();

        void add(List<SkillExtractor.Mention> mentions, int weight, boolean required) {
            for (SkillExtractor.Mention mention : mentions) {
                int[] s = scores.computeIfAbsent(mention.skill(), k -> new int[] {0, 0, scores.size()});
                s[0] += weight;
                if (required) {
                    s[1] = 1;
                }
            }
        }

        void add(SkillId skill, int weight) {
            scores.computeIfAbsent(skill, k -> new int[] {0, 0, scores.size()})[0] += weight;
        }

        List<SkillId> ranked() {
            return scores.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<SkillId, int[]> e) -> -e.getValue()[1])
                            .thenComparingInt(e -> -e.getValue()[0])
                            .thenComparingInt(e -> e.getValue()[2]))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    // ---------------------------------------------------------------- text structure

    private enum Section {
        REQUIREMENTS,
        RESPONSIBILITIES,
        /** About the job but neither list, e.g. "About the role". */
        NEUTRAL,
        /** Not about the job's skills: the company blurb, benefits, how to apply. */
        IGNORED
    }

    private static final Map<String, Section> HEADINGS = headings();

    /** Longest phrase first, so "key responsibilities" is tried before "key". */
    private static final List<Map.Entry<String, Section>> HEADINGS_LONGEST_FIRST = HEADINGS.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, Section> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey))
            .toList();

    /** Words that make a short line ending in a colon a requirements heading ("We are looking for someone who:"). */
    private static final List<String> REQUIREMENT_CUES = List.of("need", "looking for", "must", "someone who",
            "you have", "you bring", "requirement", "qualification", "skill", "experience", "ideal", "about you",
            "you are", "you re", "candidate", "will have", "should have", "profile");
    /** Words that make such a line a responsibilities heading ("As a Healthcare Assistant you will:"). */
    private static final List<String> RESPONSIBILITY_CUES = List.of("you will", "you ll", "duties", "tasks",
            "responsib", "day to day", "what you do", "the work", "your job");

    private static Map<String, Section> headings() {
        Map<String, Section> h = new LinkedHashMap<>();
        for (String s : List.of("requirements", "job requirements", "minimum requirements", "key requirements",
                "role requirements", "position requirements", "qualifications", "minimum qualifications",
                "basic qualifications", "preferred qualifications", "required qualifications",
                "qualifications and experience", "qualifications and skills", "requirements and qualifications",
                "skills and qualifications", "education and experience", "what you bring", "what you ll bring",
                "what you will bring", "what we re looking for", "what we are looking for", "who we re looking for",
                "who we are looking for", "who you are", "about you", "you have", "you will have", "you ll have",
                "you should have", "you need", "you ll need", "you will need", "you", "what we need",
                "what we need from you", "must have", "must haves", "nice to have", "nice to haves",
                "bonus points", "bonus", "skills", "required skills", "key skills", "desired skills",
                "preferred skills", "skills and experience", "experience", "required experience", "essential",
                "essential criteria", "essential skills", "desirable", "desirable criteria", "desirable skills",
                "person specification", "your profile", "your skills", "your experience", "your background",
                "we d love to see", "ideal candidate", "the ideal candidate", "the successful candidate",
                "the successful candidate will have", "what you need", "what you ll need", "what you will need",
                "what you need to succeed", "preferred", "education", "competencies",
                "knowledge skills and abilities", "candidate requirements", "candidate profile", "the candidate",
                "who can apply", "what it takes", "is this you", "to be successful", "to succeed in this role")) {
            h.put(s, Section.REQUIREMENTS);
        }
        for (String s : List.of("responsibilities", "key responsibilities", "job responsibilities",
                "main responsibilities", "your responsibilities", "role responsibilities", "duties",
                "key duties", "main duties", "job duties", "essential duties", "duties and responsibilities",
                "responsibilities and duties", "what you ll do", "what you will do", "what you ll be doing",
                "what you will be doing", "what will you do", "your role", "the role", "role description",
                "in this role", "in this role you will", "in this role you ll", "your tasks", "tasks",
                "your mission", "the job", "the work", "day to day", "your day to day", "a day in the life",
                "what the job involves", "what the role involves", "accountabilities", "key accountabilities",
                "scope of the role", "you will", "you ll", "how you ll make an impact", "what you ll work on",
                "your impact", "the opportunity")) {
            h.put(s, Section.RESPONSIBILITIES);
        }
        for (String s : List.of("about the role", "about the job", "about the position", "role overview",
                "position summary", "job summary", "role summary", "overview", "summary", "job description",
                "description", "the team", "about the team", "about the unit", "the unit", "location",
                "schedule", "hours", "working hours", "job type", "additional information", "other information")) {
            h.put(s, Section.NEUTRAL);
        }
        for (String s : List.of("about us", "about the company", "who we are", "the company", "our company",
                "company description", "benefits", "what we offer", "what we can offer", "we offer", "perks",
                "perks and benefits", "benefits and perks", "compensation", "compensation and benefits", "salary",
                "pay", "salary and benefits", "the package", "rewards", "how to apply", "to apply", "apply",
                "application process", "next steps", "interview process", "why join us", "why us",
                "why you ll love working here", "why work with us", "equal opportunity",
                "equal opportunity employer", "our values", "our culture", "our mission", "our story",
                "diversity and inclusion", "our commitment")) {
            h.put(s, Section.IGNORED);
        }
        return Map.copyOf(h);
    }

    /**
     * What a body of plain text says about itself: a title line, labelled fields, the
     * requirements and responsibilities lists, and the text worth reading for skills.
     */
    private record Parsed(Optional<String> title, Optional<String> company, List<String> requirements,
            List<String> responsibilities, Optional<String> seniority, Optional<String> employmentType,
            String skillText) {

        static Parsed of(String text) {
            Optional<String> title = Optional.empty();
            Optional<String> firstShortLine = Optional.empty();
            Optional<String> company = Optional.empty();
            Optional<String> seniority = Optional.empty();
            Optional<String> employmentType = Optional.empty();
            List<String> requirements = new ArrayList<>();
            List<String> responsibilities = new ArrayList<>();
            StringBuilder skillText = new StringBuilder();
            Section current = null;
            List<String> block = new ArrayList<>();
            boolean seenHeading = false;
            int nonEmpty = 0;

            for (String raw : lines(text)) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                nonEmpty++;
                String clean = stripMarkup(line);
                Matcher label = LABEL.matcher(clean);
                if (label.matches() && !isBullet(line)) {
                    String field = label.group(1).toLowerCase(Locale.ROOT);
                    String value = label.group(2).strip();
                    switch (field) {
                        case "job title", "title", "position", "role", "job", "vacancy" -> {
                            if (title.isEmpty() && looksLikeTitle(value)) {
                                title = Optional.of(value);
                                continue;
                            }
                        }
                        case "company", "employer", "organisation", "organization", "hiring organisation",
                                "hiring organization" -> {
                            if (company.isEmpty() && value.length() <= 100) {
                                company = Optional.of(value);
                                continue;
                            }
                        }
                        case "employment type", "job type", "contract type", "type" -> {
                            if (employmentType.isEmpty() && value.length() <= 40) {
                                employmentType = Optional.of(value);
                                continue;
                            }
                        }
                        default -> {
                            if (seniority.isEmpty() && value.length() <= 40) {
                                seniority = Optional.of(value);
                                continue;
                            }
                        }
                    }
                }
                Matcher about = ABOUT_COMPANY.matcher(clean.endsWith(":") ? clean.substring(0, clean.length() - 1) : clean);
                if (about.matches() && !isGenericAbout(about.group(1))) {
                    flush(current, block, requirements, responsibilities);
                    current = Section.IGNORED;
                    seenHeading = true;
                    if (company.isEmpty()) {
                        company = Optional.of(about.group(1).strip());
                    }
                    continue;
                }
                Heading heading = heading(line);
                if (heading != null) {
                    flush(current, block, requirements, responsibilities);
                    current = heading.section();
                    seenHeading = true;
                    if (heading.rest() != null) {
                        block.add(heading.rest());
                        if (current != Section.IGNORED) {
                            skillText.append(heading.rest()).append('\n');
                        }
                    }
                    continue;
                }
                if (!seenHeading && firstShortLine.isEmpty() && nonEmpty <= 3 && looksLikeTitle(line)) {
                    firstShortLine = Optional.of(clean);
                    skillText.append(clean).append('\n');
                    continue;
                }
                if (current != Section.IGNORED) {
                    skillText.append(line).append('\n');
                }
                if (current != null) {
                    block.add(line);
                }
            }
            flush(current, block, requirements, responsibilities);
            Optional<String> fallbackTitle = firstShortLine;
            return new Parsed(title.or(() -> fallbackTitle), company, requirements, responsibilities, seniority,
                    employmentType, skillText.toString());
        }

        private static boolean isGenericAbout(String name) {
            String key = SkillTaxonomy.roleKey(name);
            return key.equals("us") || key.startsWith("you") || key.startsWith("the ") || key.startsWith("our ")
                    || key.startsWith("this ");
        }

        /** Lines, with "• a • b" written on one line (a flattened HTML list) split into items. */
        private static List<String> lines(String text) {
            List<String> out = new ArrayList<>();
            for (String line : LINE_BREAK.split(text)) {
                if (line.chars().filter(c -> c == '\u2022').count() >= 2) {
                    String[] parts = line.split("\u2022");
                    // What stands before the first bullet is not an item: often the heading.
                    if (!parts[0].isBlank()) {
                        out.add(parts[0].strip());
                    }
                    for (int i = 1; i < parts.length; i++) {
                        if (!parts[i].isBlank()) {
                            out.add("\u2022 " + parts[i].strip());
                        }
                    }
                } else {
                    out.add(line);
                }
            }
            return out;
        }

        private static void flush(Section section, List<String> block, List<String> requirements,
                List<String> responsibilities) {
            if (section == Section.REQUIREMENTS || section == Section.RESPONSIBILITIES) {
                List<String> target = section == Section.REQUIREMENTS ? requirements : responsibilities;
                boolean bullets = block.stream().anyMatch(Parsed::isBullet);
                for (String line : block) {
                    if (bullets && !isBullet(line)) {
                        continue;
                    }
                    String item = BULLET.matcher(line).replaceFirst("").strip();
                    if (bullets) {
                        target.add(item);
                    } else {
                        for (String sentence : SENTENCE_END.split(item)) {
                            if (sentence.strip().length() > 2) {
                                target.add(sentence.strip());
                            }
                        }
                    }
                }
            }
            block.clear();
        }

        private static boolean isBullet(String line) {
            return BULLET.matcher(line).lookingAt();
        }

        private static boolean looksLikeTitle(String line) {
            String clean = stripMarkup(line);
            return !isBullet(line) && clean.length() <= 100 && WHITESPACE.split(clean).length <= 12
                    && !clean.endsWith(".") && !clean.endsWith(":") && clean.chars().anyMatch(Character::isLetter);
        }

        private record Heading(Section section, String rest) {
        }

        /**
         * A line is a heading when, without markup and a trailing colon, it is one of the known
         * phrases, or "Phrase: content"; or when it is short, set apart as a heading (ends with a
         * colon, or is in capitals) and starts with a known phrase; or when it is short, ends with
         * a colon and carries a cue such as "you will" or "looking for".
         */
        private static Heading heading(String line) {
            if (isBullet(line)) {
                return null;
            }
            String clean = stripMarkup(line);
            int colon = clean.indexOf(':');
            if (clean.length() > 80 && (colon < 0 || colon > 60)) {
                return null;
            }
            String head = colon >= 0 ? clean.substring(0, colon) : clean;
            String rest = colon >= 0 ? clean.substring(colon + 1).strip() : "";
            String key = SkillTaxonomy.roleKey(head.replace('\u2019', '\''));
            Section exact = HEADINGS.get(key);
            if (exact != null) {
                return new Heading(exact, rest.isEmpty() ? null : rest);
            }
            int words = key.isEmpty() ? 0 : key.split(" ").length;
            boolean endsWithColon = colon == clean.length() - 1;
            if (!(endsWithColon || isCapitals(clean)) || words == 0 || words > 10 || SENTENCE_INSIDE.matcher(clean).find()) {
                return null;
            }
            for (Map.Entry<String, Section> e : HEADINGS_LONGEST_FIRST) {
                if (key.startsWith(e.getKey() + " ")) {
                    return new Heading(e.getValue(), null);
                }
            }
            if (key.startsWith("about ")) {
                return new Heading(Section.IGNORED, null);
            }
            if (!endsWithColon) {
                // A line in capitals without a known phrase may be the title ("SKILLED WELDER").
                return null;
            }
            String padded = " " + key + " ";
            for (String cue : REQUIREMENT_CUES) {
                if (padded.contains(" " + cue)) {
                    return new Heading(Section.REQUIREMENTS, null);
                }
            }
            for (String cue : RESPONSIBILITY_CUES) {
                if (padded.contains(" " + cue)) {
                    return new Heading(Section.RESPONSIBILITIES, null);
                }
            }
            return null;
        }

        private static boolean isCapitals(String text) {
            boolean letters = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
            return letters;
        }

        private static String stripMarkup(String line) {
            String text = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("");
            return text.contains("**") ? BOLD.matcher(text).replaceAll("").strip() : text;
        }
    }
}
