package tech.jobbot.adapters.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.QuestionKind;

/**
 * The question templates, kept as data ({@code questions.tsv} next to this class) so that people
 * who write interview questions can add to them without touching code. One template per line:
 * kind, competency, role family and text, separated by tabs; blank lines and lines starting with
 * {@code #} are ignored. A malformed line fails the load with its line number.
 */
final class QuestionBank {
    static final String RESOURCE = "questions.tsv";

    private final List<QuestionTemplate> templates;
    private final Map<String, Map<QuestionKind, List<QuestionTemplate>>> byFamilyAndKind;

    private QuestionBank(List<QuestionTemplate> templates) {
        this.templates = List.copyOf(templates);
        Map<String, Map<QuestionKind, List<QuestionTemplate>>> index = new LinkedHashMap<>();
        for (QuestionTemplate t : templates) {
            index.computeIfAbsent(t.family(), f -> new EnumMap<>(QuestionKind.class))
                    .computeIfAbsent(t.kind(), k -> new ArrayList<>())
                    .add(t);
        }
        index.values().forEach(kinds -> kinds.replaceAll((kind, list) -> List.copyOf(list)));
        this.byFamilyAndKind = index;
    }

    /** The bank shipped with Jobbot, read once. */
    static QuestionBank builtIn() {
        return BuiltIn.BANK;
    }

    /** Parses the lines of a bank; {@code source} names it in error messages. */
    static QuestionBank parse(List<String> lines, String source) {
        List<QuestionTemplate> templates = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                QuestionTemplate template = parseLine(line);
                if (!texts.add(template.text().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("duplicate template");
                }
                templates.add(template);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new QuestionBank(templates);
    }

    List<QuestionTemplate> templates() {
        return templates;
    }

    /** The templates of one family (or {@link RoleFamilies#ANY}) and kind, in file order. */
    List<QuestionTemplate> of(String family, QuestionKind kind) {
        return byFamilyAndKind.getOrDefault(family, Map.of()).getOrDefault(kind, List.of());
    }

    private static QuestionTemplate parseLine(String line) {
        String[] cells = line.split("\t");
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 4 tab-separated columns, found " + cells.length);
        }
        return QuestionTemplate.of(kind(cells[0].strip()), competency(cells[1].strip()), cells[2].strip(),
                cells[3].strip());
    }

    private static QuestionKind kind(String name) {
        for (QuestionKind kind : QuestionKind.values()) {
            if (kind.apiName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + name + "'");
    }

    private static Competency competency(String name) {
        for (Competency competency : Competency.values()) {
            if (competency.apiName().equals(name)) {
                return competency;
            }
        }
        throw new IllegalArgumentException("unknown competency '" + name + "'");
    }

    // Holder idiom: the file is parsed on first use, once per class loader, without locking later.
    private static final class BuiltIn {
        static final QuestionBank BANK = load();

        private static QuestionBank load() {
            try (InputStream in = QuestionBank.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(reader.lines().toList(), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
