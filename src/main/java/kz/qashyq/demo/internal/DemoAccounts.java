package kz.qashyq.demo.internal;

import java.util.List;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.demo.DemoAccount;
import kz.qashyq.demo.internal.DemoPlan.Key;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;

/**
 * The demo accounts and their grants. Teachers, curators, learners and parents get no
 * explicit grants: theirs follow from the directory at sign-in.
 */
public final class DemoAccounts {

	/** The demo accounts, in the order the startup log lists them. */
	public static final List<DemoAccount> ALL = List.of(
			new DemoAccount("ministry", "ministry administrator: the whole Republic"),
			new DemoAccount("observer", "QA territorial department, Karaganda Region: read-only"),
			new DemoAccount("region", "education department of the Karaganda Region"),
			new DemoAccount("head", "head of Secondary School No. 17, Karaganda"),
			new DemoAccount("deputy", "deputy head and DET-responsible of School No. 17"),
			new DemoAccount("teacher", "mathematics teacher of School No. 17: 7А, 7Б, 8А, 8Б, class teacher of 8А"),
			new DemoAccount("curator", "lecturer and curator of group ПО-21, Karaganda Polytechnic College"),
			new DemoAccount("student", "learner of 8А, School No. 17: the teacher's class, the parent's son"),
			new DemoAccount("parent", "the student's mother: children in 8А and 3А, the kindergarten and the college"),
			new DemoAccount("college-head", "head of Karaganda Polytechnic College"),
			new DemoAccount("social", "social pedagogue of School No. 17"),
			new DemoAccount("educator", "educator of the first group of the «Балапан» kindergarten: daily attendance"));

	private DemoAccounts() {
	}

	/**
	 * Creates the demo accounts for the planned data, all with the password {@code demo},
	 * hashed once.
	 */
	static void create(AccountManagement accounts, DemoPlan plan) {
		String hash = accounts.hash(DemoAccount.PASSWORD);
		long school = plan.citySchool().id();
		ScopeRef region = ScopeRef.region(DemoPlanner.REGION_ID);
		create(accounts, hash, "ministry", null, "Айгерім Сұлтанова",
				new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		create(accounts, hash, "observer", null, "Ерлан Жүсіпов", new Grant(Role.QA_OBSERVER, region));
		create(accounts, hash, "region", null, "Марат Оспанов", new Grant(Role.REGION_DEPARTMENT, region));
		create(accounts, hash, "head", plan.head(), null,
				new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(school)));
		create(accounts, hash, "deputy", plan.deputy(), null,
				new Grant(Role.DEPUTY_HEAD, ScopeRef.organization(school)),
				new Grant(Role.DET_RESPONSIBLE, ScopeRef.organization(school)));
		create(accounts, hash, "teacher", plan.teacher(), null);
		create(accounts, hash, "curator", plan.curator(), null);
		create(accounts, hash, "student", plan.student(), null);
		create(accounts, hash, "parent", plan.parent(), null);
		create(accounts, hash, "college-head", plan.collegeHead(), null,
				new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(plan.college().id())));
		create(accounts, hash, "educator", plan.educator(), null);
		create(accounts, hash, "social", plan.socialPedagogue(), null,
				new Grant(Role.SOCIAL_PEDAGOGUE, ScopeRef.organization(school)));
	}

	private static void create(AccountManagement accounts, String hash, String username, Key person, String displayName,
			Grant... grants) {
		accounts.createAccount(username, (person != null) ? person.id() : null,
				(person != null) ? person.label() : displayName, hash, true, List.of(grants));
	}

}
