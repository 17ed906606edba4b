package tech.jobbot.domain.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.Seniority;

class LevelsTest {
    @ParameterizedTest
    @CsvSource({"0, BEGINNER", "1, BEGINNER", "2, INTERMEDIATE", "5, INTERMEDIATE", "6, ADVANCED", "40, ADVANCED"})
    void years_of_experience_set_the_level(int years, SkillLevel level) {
        assertEquals(level, Levels.ofYears(years));
    }

    @ParameterizedTest
    @CsvSource({"INTERN, BEGINNER", "JUNIOR, BEGINNER", "MID, INTERMEDIATE", "UNKNOWN, INTERMEDIATE",
            "SENIOR, ADVANCED", "LEAD, ADVANCED"})
    void a_jobs_seniority_suggests_a_level(Seniority seniority, SkillLevel level) {
        assertEquals(level, Levels.ofSeniority(seniority));
    }

    @Test
    void given_years_in_the_background_then_they_beat_the_jobs_seniority() {
        Background junior = new Background(Optional.of(1), List.of(), List.of(), List.of());

        assertEquals(SkillLevel.BEGINNER, Levels.ofPerson(junior, Seniority.LEAD));
    }

    @Test
    void given_no_years_in_the_background_then_the_jobs_seniority_decides() {
        assertEquals(SkillLevel.ADVANCED, Levels.ofPerson(Background.empty(), Seniority.SENIOR));
    }

    @Test
    void negative_years_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> Levels.ofYears(-1));
    }
}
