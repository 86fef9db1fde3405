package kz.qashyq.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.journal.internal.TermMarkRule;
import kz.qashyq.journal.internal.TermMarkRule.Entry;
import kz.qashyq.journal.internal.TermMarkRule.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random terms: the term mark stays on the scale, within bounds, and never falls
 * when a mark rises.
 */
class TermMarkRulePropertyTests {

	static final MarkKind[] KINDS = MarkKind.values();

	@Test
	@DisplayName("A1-24k term marks: on the scale and within 0–100 %, all full marks give the top, all zero the bottom")
	void termMarksStayOnTheScale() {
		Random random = new Random(20200406L);
		for (int run = 0; run < 2000; run++) {
			GradingScale scale = random.nextBoolean() ? GradingScale.FIVE_POINT : GradingScale.HUNDRED_POINT;
			List<Entry> entries = randomEntries(random);
			Result result = TermMarkRule.compute(scale, entries).orElseThrow();
			assertThat(result.percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			assertThat(scale.accepts(result.mark(), null) || result.mark().compareTo(BigDecimal.valueOf(2)) >= 0)
				.isTrue();
			if (scale == GradingScale.FIVE_POINT) {
				assertThat(result.mark().intValue()).isBetween(2, 5);
			}
			List<Entry> full = entries.stream().map((e) -> new Entry(e.kind(), e.maxPoints(), e.maxPoints())).toList();
			List<Entry> zero = entries.stream()
				.map((e) -> new Entry(e.kind(), BigDecimal.ZERO, e.maxPoints()))
				.toList();
			assertThat(TermMarkRule.compute(scale, full).orElseThrow().percent()).isEqualByComparingTo("100");
			assertThat(TermMarkRule.compute(scale, zero).orElseThrow().percent()).isEqualByComparingTo("0");
			assertThat(TermMarkRule.compute(scale, full).orElseThrow().mark())
				.isEqualByComparingTo(scale == GradingScale.FIVE_POINT ? "5" : "100");
			assertThat(TermMarkRule.compute(scale, zero).orElseThrow().mark())
				.isEqualByComparingTo(scale == GradingScale.FIVE_POINT ? "2" : "0");
		}
		assertThat(TermMarkRule.compute(GradingScale.FIVE_POINT, List.of())).isEmpty();
	}

	@Test
	@DisplayName("A1-24k term marks are monotonic: raising one mark never lowers the term percentage or mark")
	void raisingAMarkNeverLowersTheTermMark() {
		Random random = new Random(1917L);
		for (int run = 0; run < 2000; run++) {
			GradingScale scale = random.nextBoolean() ? GradingScale.FIVE_POINT : GradingScale.HUNDRED_POINT;
			List<Entry> entries = randomEntries(random);
			int index = random.nextInt(entries.size());
			Entry chosen = entries.get(index);
			BigDecimal room = chosen.maxPoints().subtract(chosen.points());
			BigDecimal raise = room.multiply(BigDecimal.valueOf(random.nextInt(101)))
				.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
			List<Entry> raised = new ArrayList<>(entries);
			raised.set(index, new Entry(chosen.kind(), chosen.points().add(raise), chosen.maxPoints()));
			Result before = TermMarkRule.compute(scale, entries).orElseThrow();
			Result after = TermMarkRule.compute(scale, raised).orElseThrow();
			assertThat(after.percent()).isGreaterThanOrEqualTo(before.percent());
			assertThat(after.mark()).isGreaterThanOrEqualTo(before.mark());
		}
	}

	@Test
	@DisplayName("A1-24k the school rule weighs formative 25 %, sections 25 %, term 50 %")
	void schoolRuleWeights() {
		List<Entry> entries = List.of(new Entry(MarkKind.CURRENT, BigDecimal.valueOf(8), BigDecimal.TEN),
				new Entry(MarkKind.INTERMEDIATE_ATTESTATION, BigDecimal.valueOf(12), BigDecimal.valueOf(20)),
				new Entry(MarkKind.FINAL_ATTESTATION, BigDecimal.valueOf(20), BigDecimal.valueOf(25)));
		Result result = TermMarkRule.compute(GradingScale.FIVE_POINT, entries).orElseThrow();
		// 25 × 0.8 + 25 × 0.6 + 50 × 0.8 = 75 → a 4
		assertThat(result.percent()).isEqualByComparingTo("75");
		assertThat(result.mark()).isEqualByComparingTo("4");
	}

	private static List<Entry> randomEntries(Random random) {
		int count = 1 + random.nextInt(12);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(40));
			BigDecimal points = BigDecimal.valueOf(random.nextInt(max.intValue() + 1));
			entries.add(new Entry(KINDS[random.nextInt(KINDS.length)], points, max));
		}
		return entries;
	}

}
