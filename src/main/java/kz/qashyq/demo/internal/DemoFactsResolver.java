package kz.qashyq.demo.internal;

import java.util.List;
import java.util.Optional;

import kz.qashyq.demo.DemoFacts;
import kz.qashyq.demo.internal.DemoPlan.Key;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the demo data's ids by natural keys: the plan is rebuilt for the academic year
 * the demo classes carry (deterministic, in memory, without ids) and its BINs, names and
 * IINs are looked up.
 */
@Component
public class DemoFactsResolver {

	private final JdbcClient jdbc;

	DemoFactsResolver(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The academic year of the demo data, or empty when the database holds none.
	 */
	public Optional<Integer> academicYear() {
		return this.jdbc.sql("""
				select max(g.academic_year) from organization o join study_group g on g.organization_id = o.id
				where o.bin = ?""").param(DemoPlanner.CITY_SCHOOL_BIN).query(Integer.class).optional();
	}

	/**
	 * The demo facts, or empty when the database holds no demo data.
	 */
	public Optional<DemoFacts> resolve() {
		return academicYear().map((year) -> {
			DemoPlan plan = new DemoPlanner(year, "Asia/Almaty", new IdSource.Counting(), new CopyBuffers()).plan();
			long cityDistrict = id("select id from district where region_id = ? and name_ru = ?", DemoPlanner.REGION_ID,
					plan.cityDistrict().natural());
			long ruralDistrict = id("select id from district where region_id = ? and name_ru = ?",
					DemoPlanner.REGION_ID, plan.ruralDistrict().natural());
			long city = id("select id from settlement where district_id = ? and name_ru = ?", cityDistrict,
					plan.citySettlement().natural());
			long village = id("select id from settlement where district_id = ? and name_ru = ?", ruralDistrict,
					plan.ruralSettlement().natural());
			long citySchool = organization(plan.citySchool());
			long ruralSchool = organization(plan.ruralSchool());
			long college = organization(plan.college());
			List<Long> children = plan.parentChildren().stream().map(this::person).toList();
			return new DemoFacts(year, DemoPlanner.REGION_ID, cityDistrict, ruralDistrict, city, village, citySchool,
					ruralSchool, organization(plan.preschool()), college, organization(plan.university()),
					organization(plan.centre()), person(plan.head()), person(plan.deputy()),
					person(plan.socialPedagogue()), person(plan.teacher()),
					groups(citySchool, year, plan.teacherClasses()), group(citySchool, year, plan.teacherHomeClass()),
					person(plan.curator()), group(college, year, plan.curatorGroup()), person(plan.collegeHead()),
					group(ruralSchool, year, plan.ruralClass()), person(plan.student()),
					group(citySchool, year, plan.studentClass()), person(plan.parent()), children,
					// the children learn in several organizations: each one's class is
					// where
					// the child learns
					children.stream()
						.map((child) -> id("select group_id from learner where person_id = ?", child))
						.toList());
		});
	}

	private long organization(Key key) {
		return id("select id from organization where bin = ?", key.natural());
	}

	private long person(Key key) {
		return id("select id from person where iin = ?", key.natural());
	}

	private long group(long organizationId, int year, Key key) {
		return id("select id from study_group where organization_id = ? and academic_year = ? and name = ?",
				organizationId, year, key.natural());
	}

	private List<Long> groups(long organizationId, int year, List<Key> keys) {
		return keys.stream().map((key) -> group(organizationId, year, key)).toList();
	}

	private long id(String sql, Object... params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException(
					"The demo data is incomplete: nothing for " + sql + " " + List.of(params)));
	}

}
