package kz.qashyq.directory;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IinTests {

	@Test
	void shouldAcceptAValidIin() {
		// 1 April 1990, male (century digit 3), serial 0123: weights 1..11 give 12 % 11 =
		// 1... computed below
		String digits = "90040130123";
		String iin = digits + Iin.checkDigit(digits);
		assertThat(Iin.check(iin)).isNull();
		assertThat(new Iin(iin).birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
	}

	@Test
	void shouldComputeTheCheckDigitWithTheFirstWeights() {
		// 1*0+2*0+3*0+4*1+5*0+6*1+7*5+8*0+9*0+10*0+11*1 = 56, 56 % 11 = 1
		assertThat(Iin.checkDigit("00010150001")).isEqualTo(1);
	}

	@Test
	void shouldUseTheSecondWeightsWhenTheFirstSumGivesTen() {
		// find a number whose first weighted sum is 10 and check it against the second
		// weights by hand
		String digits = "00000000010";
		// first: 10*1 = 10 -> second weights: position 10 has weight 1 -> 1 % 11 = 1
		assertThat(Iin.checkDigit(digits)).isEqualTo(1);
	}

	@Test
	@DisplayName("O-1.16a an IIN with a wrong check digit, date or length is refused with the reason")
	void shouldNameWhatIsWrong() {
		String digits = "90040130123";
		int check = Iin.checkDigit(digits);
		assertThat(Iin.check(digits + ((check + 1) % 10))).isEqualTo(Iin.Problem.CHECK_DIGIT);
		assertThat(Iin.check("9004013012")).isEqualTo(Iin.Problem.FORMAT);
		assertThat(Iin.check("90040130123a")).isEqualTo(Iin.Problem.FORMAT);
		assertThat(Iin.check(null)).isEqualTo(Iin.Problem.FORMAT);
		assertThat(Iin.check("901301301230")).isEqualTo(Iin.Problem.DATE);
		assertThat(Iin.check("900401701230")).isEqualTo(Iin.Problem.DATE);
		assertThatIllegalArgumentException().isThrownBy(() -> new Iin("123"));
	}

	@Test
	void shouldGenerateValidDistinctIinsForRandomBirthDates() {
		Random random = new Random(42);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
			boolean female = random.nextBoolean();
			Iin iin = Iin.generate(birthDate, female, i);
			assertThat(Iin.check(iin.value())).as(iin.value()).isNull();
			assertThat(iin.birthDate()).isEqualTo(birthDate);
			assertThat((iin.value().charAt(6) - '0') % 2 == 0).isEqualTo(female);
			assertThat(seen.add(iin.value())).isTrue();
		}
	}

}
