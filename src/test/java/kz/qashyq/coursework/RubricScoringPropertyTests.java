package kz.qashyq.coursework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Rubrics;
import kz.qashyq.coursework.internal.Rubrics.CriterionInput;
import kz.qashyq.coursework.internal.Rubrics.DescriptorInput;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;
import kz.qashyq.coursework.internal.Rubrics.StoredCriterion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random rubrics and scores, seeded: the points are the sum of the criteria, the mark is
 * on the scale and never falls when the points rise, and a rubric that does not add up is
 * refused.
 */
class RubricScoringPropertyTests {

	private static final long SEED = 20_200_406L;

	@Test
	@DisplayName("A1-25j random rubrics: points = sum of scores, mark monotonic in the points and always on the scale")
	void shouldScoreRandomRubrics() {
		Random random = new Random(SEED);
		for (int round = 0; round < 2000; round++) {
			List<StoredCriterion> criteria = new ArrayList<>();
			int count = 1 + random.nextInt(Rubrics.MAX_CRITERIA);
			for (int c = 0; c < count; c++) {
				BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(20));
				Map<Long, BigDecimal> descriptors = new LinkedHashMap<>();
				for (int d = 0; d < random.nextInt(4); d++) {
					descriptors.put(c * 10L + d, BigDecimal.valueOf(random.nextInt(max.intValue() + 1)));
				}
				criteria.add(new StoredCriterion(c, "c" + c, max, descriptors));
			}
			GradingScale scale = GradingScale.values()[random.nextInt(GradingScale.values().length)];
			Map<Long, ScoreInput> scores = new LinkedHashMap<>();
			BigDecimal expected = BigDecimal.ZERO;
			for (StoredCriterion criterion : criteria) {
				if (!criterion.descriptors().isEmpty() && random.nextBoolean()) {
					Long descriptor = new ArrayList<>(criterion.descriptors().keySet())
						.get(random.nextInt(criterion.descriptors().size()));
					scores.put(criterion.id(), new ScoreInput(descriptor, null));
					expected = expected.add(criterion.descriptors().get(descriptor));
				}
				else {
					BigDecimal points = BigDecimal.valueOf(random.nextInt(criterion.maxPoints().intValue() * 2 + 1), 1)
						.min(criterion.maxPoints());
					scores.put(criterion.id(), new ScoreInput(null, points));
					expected = expected.add(points);
				}
			}
			Rubrics.Scored scored = Rubrics.score(criteria, scores, scale, true, null);
			BigDecimal max = criteria.stream().map(StoredCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(scored.total()).as("round %d", round).isEqualByComparingTo(expected);
			assertThat(scored.maxPoints()).isEqualByComparingTo(max);
			assertThat(scale.accepts(scored.mark(), max)).as("mark %s on %s", scored.mark(), scale).isTrue();
			BigDecimal previous = null;
			for (int step = 0; step <= 20; step++) {
				BigDecimal points = max.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(20));
				BigDecimal mark = scale.markFor(points, max);
				assertThat(scale.accepts(mark, max)).isTrue();
				if (previous != null) {
					assertThat(mark).as("monotonic on %s", scale).isGreaterThanOrEqualTo(previous);
				}
				previous = mark;
			}
			assertThat(Rubrics.score(criteria, scores, scale, false, null).mark()).isNull();
		}
	}

	@Test
	@DisplayName("A1-25j random rubrics add up only when the total is the sum of the criteria and no descriptor exceeds its criterion")
	void shouldRefuseRubricsThatDoNotAddUp() {
		Random random = new Random(SEED + 1);
		for (int round = 0; round < 1000; round++) {
			List<CriterionInput> criteria = new ArrayList<>();
			BigDecimal sum = BigDecimal.ZERO;
			boolean above = false;
			for (int c = 0; c <= random.nextInt(5); c++) {
				BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(10));
				List<DescriptorInput> descriptors = new ArrayList<>();
				for (int d = 0; d < random.nextInt(3); d++) {
					int points = random.nextInt(max.intValue() + 2);
					above |= points > max.intValue();
					descriptors.add(new DescriptorInput("level " + d, BigDecimal.valueOf(points)));
				}
				criteria.add(new CriterionInput("criterion " + c, max, descriptors));
				sum = sum.add(max);
			}
			BigDecimal total = random.nextBoolean() ? sum : sum.add(BigDecimal.valueOf(random.nextInt(3) - 1));
			boolean valid = !above && total.compareTo(sum) == 0 && total.signum() > 0;
			assertThat(Rubrics.check(criteria, total).isEmpty()).as("round %d", round).isEqualTo(valid);
		}
	}

	@Test
	@DisplayName("A1-25j points out of a criterion's range and a mark off the scale are refused")
	void shouldRefuseOutOfRange() {
		List<StoredCriterion> criteria = List.of(new StoredCriterion(1, "a", BigDecimal.TEN, Map.of()));
		assertThatThrownBy(() -> Rubrics.score(criteria, Map.of(1L, new ScoreInput(null, BigDecimal.valueOf(11))),
				GradingScale.FIVE_POINT, true, null))
			.isInstanceOf(InvalidCourseworkInput.class);
		assertThatThrownBy(() -> Rubrics.score(criteria, Map.of(1L, new ScoreInput(null, BigDecimal.ONE)),
				GradingScale.HUNDRED_POINT, true, BigDecimal.valueOf(101)))
			.isInstanceOf(InvalidCourseworkInput.class);
		assertThat(Rubrics
			.score(criteria, Map.of(1L, new ScoreInput(null, BigDecimal.ONE)), GradingScale.HUNDRED_POINT, true,
					BigDecimal.valueOf(100))
			.mark()).isEqualByComparingTo("100");
	}

}
