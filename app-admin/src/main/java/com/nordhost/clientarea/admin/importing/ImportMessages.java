package com.nordhost.clientarea.admin.importing;

import com.nordhost.clientarea.domain.importing.ImportFileException;
import com.nordhost.clientarea.domain.importing.ImportSummary;
import com.nordhost.clientarea.domain.importing.RowProblem;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What the import says of a row's problem, a bad file and a run, from the back-office's bundle
 * ({@code import.*}, {@code details.*}): the same words in the Import customers view (the agent's language) and in
 * {@code bin/import-customers}' output (English).
 */
public final class ImportMessages {

    private final BiFunction<String, Object[], String> translate;

    /** @param translate a key and its arguments to text ({@code Component::getTranslation} or a bundle) */
    public ImportMessages(BiFunction<String, Object[], String> translate) {
        this.translate = Objects.requireNonNull(translate);
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }

    public String problem(RowProblem problem) {
        List<String> d = problem.details();
        return switch (problem.reason()) {
            case INVALID_FIELD -> fieldLabel(d.get(0)) + ": " + fieldProblem(d.get(0), d.get(1));
            case CONFLICT -> t("import.problem.CONFLICT", fieldLabels(d.get(0)));
            default -> t("import.problem." + problem.reason().name(), d.toArray());
        };
    }

    /** "Line 7: ..." */
    public String lineAndProblem(RowProblem problem) {
        return t("import.line", problem.line()) + ": " + problem(problem);
    }

    public String file(ImportFileException e) {
        return t("import.file." + e.problem().name(), e.details().toArray());
    }

    public String summary(ImportSummary s) {
        String text = t("import.summary", s.rows(), s.imported(), s.invited(), s.unchanged(), s.refused());
        return s.stoppedAtLine() == 0 ? text : text + " " + t("import.stopped", s.stoppedAtLine());
    }

    private String fieldLabel(String key) {
        for (Field f : Field.values()) {
            if (f.key().equals(key)) {
                return t("details." + key);
            }
        }
        return t("import.field." + key);
    }

    private String fieldLabels(String keys) {
        List<String> labels = new ArrayList<>();
        for (String key : keys.split(",\\s*")) {
            labels.add(fieldLabel(key));
        }
        return String.join(", ", labels);
    }

    private String fieldProblem(String key, String reasonName) {
        CustomerDetailsOutcome.Reason reason = CustomerDetailsOutcome.Reason.valueOf(reasonName);
        Field field = Field.FULL_NAME;
        for (Field f : Field.values()) {
            if (f.key().equals(key)) {
                field = f;
            }
        }
        // The words of My details and New customer (DetailsMessages), from this bundle.
        return switch (reason) {
            case REQUIRED -> t("details.required");
            case TOO_LONG -> t("details.tooLong", field.maxLength());
            case CONTROL_CHARACTERS -> t("details.controlCharacters");
            case FORMAT -> switch (field) {
                case PHONE -> t("details.invalidPhone");
                case POSTAL_CODE -> t("details.invalidPostalCode");
                case EMAIL -> t("details.invalidEmail");
                default -> t("details.invalidField");
            };
        };
    }
}
