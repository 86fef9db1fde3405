package kz.qashyq.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the directory's pages and API show, each read checked against the signed-in user's
 * role and scope here, in the service layer. Views of a learner's personal data are
 * written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryViews {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	DirectoryViews(JdbcClient jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	// ---- the territory tree
	// -------------------------------------------------------------------------

	/**
	 * The top of the user's tree: the regions for a Republic-wide grant, else the units
	 * of each grant.
	 */
	public List<TerritoryNode> treeRoots() {
		QashyqUser user = CurrentUser.get();
		List<TerritoryNode> roots = new ArrayList<>();
		for (ScopeRef scope : user.scopesWith(Permission.VIEW_TREE)) {
			switch (scope.type()) {
				case REPUBLIC -> roots.addAll(regions(null));
				case REGION -> roots.addAll(regions(scope.id()));
				case DISTRICT -> roots.addAll(districts(null, scope.id()));
				case ORGANIZATION -> roots.addAll(organizationNodes(null, scope.id()));
				default -> {
				}
			}
		}
		return roots;
	}

	public RegionView region(long regionId) {
		ScopePath path = ScopePath.of(regionId, null, null, List.of(), null);
		CurrentUser.require(Permission.VIEW_TREE, path);
		TerritoryNode region = regions(regionId).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("region " + regionId));
		return new RegionView(region, districts(regionId, null));
	}

	public DistrictView district(long districtId) {
		Long regionId = this.jdbc.sql("select region_id from district where id = ?")
			.param(districtId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("district " + districtId));
		CurrentUser.require(Permission.VIEW_TREE, ScopePath.of(regionId, districtId, null, List.of(), null));
		TerritoryNode district = districts(null, districtId).get(0);
		TerritoryNode region = regions(regionId).get(0);
		return new DistrictView(region, district, organizationNodes(districtId, null));
	}

	private List<TerritoryNode> regions(Long onlyId) {
		return this.jdbc.sql(countsBy("region_id", (onlyId != null) ? "os.region_id = :only" : "true") + """
				select r.id, r.name_kk, r.name_ru, r.name_en, r.kind, coalesce(o.n, 0) as organizations,
					coalesce(l.n, 0) as learners, coalesce(s.n, 0) as staff
				from region r left join o on o.unit = r.id left join l on l.unit = r.id left join s on s.unit = r.id
				where (cast(:only as bigint) is null or r.id = :only) order by r.kind desc, r.id""")
			.param("only", onlyId, Types.BIGINT)
			.query((rs, row) -> node(rs, "REGION_" + rs.getString("kind")))
			.list();
	}

	private List<TerritoryNode> districts(Long regionId, Long onlyId) {
		String filter = (onlyId != null) ? "os.district_id = :only"
				: (regionId != null) ? "os.region_id = :region" : "true";
		return this.jdbc.sql(countsBy("district_id", filter) + """
				select d.id, d.name_kk, d.name_ru, d.name_en, d.kind, coalesce(o.n, 0) as organizations,
					coalesce(l.n, 0) as learners, coalesce(s.n, 0) as staff
				from district d left join o on o.unit = d.id left join l on l.unit = d.id left join s on s.unit = d.id
				where (cast(:region as bigint) is null or d.region_id = :region)
				and (cast(:only as bigint) is null or d.id = :only)
				order by d.name_ru""")
			.param("region", regionId, Types.BIGINT)
			.param("only", onlyId, Types.BIGINT)
			.query((rs, row) -> node(rs, "DISTRICT_" + rs.getString("kind")))
			.list();
	}

	/**
	 * Organizations, learners and staff counted per territorial unit in one pass each
	 * (not per row), over the organizations the filter keeps: a region's page counts its
	 * own organizations, not the country's.
	 * @param unit the column counted by ({@code region_id} or {@code district_id})
	 * @param filter a condition on {@code os} (the organization's scope)
	 */
	private static String countsBy(String unit, String filter) {
		return """
				with o as (select os.%1$s as unit, count(*) as n from organization_scope os where %2$s group by 1),
				l as (select os.%1$s as unit, count(*) as n from learner l
					join organization_scope os on os.organization_id = l.organization_id where %2$s group by 1),
				s as (select os.%1$s as unit, count(distinct sp.person_id) as n from staff_position sp
					join organization_scope os on os.organization_id = sp.organization_id
					where sp.to_date is null and %2$s group by 1)
				""".formatted(unit, filter);
	}

	private List<TerritoryNode> organizationNodes(Long districtId, Long onlyId) {
		return this.jdbc.sql("""
				select o.id, o.name_kk, o.name_ru, o.name_en, o.kind,
					1 as organizations,
					(select count(*) from learner l where l.organization_id = o.id) as learners,
					(select count(distinct sp.person_id) from staff_position sp
						where sp.organization_id = o.id and sp.to_date is null) as staff
				from organization o join organization_scope os on os.organization_id = o.id
				where (cast(? as bigint) is null or os.district_id = ?) and (cast(? as bigint) is null or o.id = ?)
				order by o.name_ru""")
			.params(districtId, districtId, onlyId, onlyId)
			.query((rs, row) -> node(rs, "ORGANIZATION"))
			.list();
	}

	private static TerritoryNode node(ResultSet rs, String level) throws SQLException {
		return new TerritoryNode(rs.getLong("id"), level, rs.getString("kind"), name(rs), rs.getLong("organizations"),
				rs.getLong("learners"), rs.getLong("staff"));
	}

	// ---- organizations, groups, staff
	// -------------------------------------------------------------------

	/**
	 * The organizations the user can open (their grants' organizations, for the home page
	 * of staff).
	 */
	public List<Long> organizationsInScope(Permission permission) {
		return CurrentUser.get()
			.scopesWith(permission)
			.stream()
			.filter((scope) -> scope.type() == ScopeType.ORGANIZATION)
			.map(ScopeRef::id)
			.toList();
	}

	public OrganizationView organization(long organizationId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		QashyqUser user = CurrentUser.require(Permission.VIEW_GROUPS, path);
		OrganizationSummary summary = organizationSummary(organizationId);
		List<GroupSummary> groups = groupsOf(organizationId);
		List<StaffMember> staff = user.can(Permission.VIEW_GROUPS, path) ? staffOf(organizationId) : List.of();
		return new OrganizationView(summary, groups, staff, user.can(Permission.MANAGE_ROSTER, path),
				user.can(Permission.MANAGE_OBSERVERS, path));
	}

	public OrganizationSummary organizationSummary(long organizationId) {
		return this.jdbc
			.sql("""
					select o.id, o.name_kk, o.name_ru, o.name_en, o.ownership, o.time_zone, array_to_string(o.languages, ',') as languages,
						k.name_kk as kind_kk, k.name_ru as kind_ru, k.name_en as kind_en,
						s.name_kk as s_kk, s.name_ru as s_ru, s.name_en as s_en,
						d.id as district_id, d.name_kk as d_kk, d.name_ru as d_ru, d.name_en as d_en,
						r.id as region_id, r.name_kk as r_kk, r.name_ru as r_ru, r.name_en as r_en,
						(select count(*) from learner l where l.organization_id = o.id) as learners,
						(select count(distinct sp.person_id) from staff_position sp where sp.organization_id = o.id and sp.to_date is null) as staff,
						(select count(*) from study_group g where g.organization_id = o.id) as groups
					from organization o
					join organization_kind k on k.code = o.kind
					join settlement s on s.id = o.settlement_id
					join district d on d.id = s.district_id
					join region r on r.id = d.region_id
					where o.id = ?""")
			.param(organizationId)
			.query((rs, row) -> new OrganizationSummary(rs.getLong("id"), name(rs),
					new LocalizedName(rs.getString("kind_kk"), rs.getString("kind_ru"), rs.getString("kind_en")),
					rs.getString("ownership"),
					new LocalizedName(rs.getString("s_kk"), rs.getString("s_ru"), rs.getString("s_en")),
					rs.getLong("district_id"),
					new LocalizedName(rs.getString("d_kk"), rs.getString("d_ru"), rs.getString("d_en")),
					rs.getLong("region_id"),
					new LocalizedName(rs.getString("r_kk"), rs.getString("r_ru"), rs.getString("r_en")),
					rs.getString("time_zone"), List.of(rs.getString("languages").split(",")), rs.getLong("learners"),
					rs.getLong("staff"), rs.getLong("groups")))
			.optional()
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	private List<GroupSummary> groupsOf(long organizationId) {
		return this.jdbc.sql(GROUP_SELECT + " where g.organization_id = ? order by g.grade nulls last, g.name")
			.param(organizationId)
			.query(DirectoryViews::groupSummary)
			.list();
	}

	private List<StaffMember> staffOf(long organizationId) {
		return this.jdbc
			.sql("""
					select p.id, p.last_name, p.first_name, p.middle_name,
						string_agg(distinct coalesce(pk.name_%s, pk.code), ', ') as positions,
						string_agg(distinct sp.subject, ', ') as subjects
					from staff_position sp join person p on p.id = sp.person_id join position_kind pk on pk.code = sp.position
					where sp.organization_id = ? and sp.to_date is null
					group by p.id order by p.last_name, p.first_name"""
				.formatted(languageColumn()))
			.param(organizationId)
			.query((rs, row) -> new StaffMember(rs.getLong("id"), fullName(rs), rs.getString("positions"),
					rs.getString("subjects")))
			.list();
	}

	@Transactional // writes the audit log
	public GroupView group(long groupId) {
		ScopePath path = this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
		QashyqUser user = CurrentUser.require(Permission.VIEW_LEARNERS, path);
		GroupSummary group = this.jdbc.sql(GROUP_SELECT + " where g.id = ?")
			.param(groupId)
			.query(DirectoryViews::groupSummary)
			.single();
		OrganizationSummary organization = organizationSummary(path.organizationId());
		boolean contacts = user.can(Permission.VIEW_PERSONAL_DATA, path);
		Map<Long, List<ParentContact>> parents = contacts ? parentsInGroup(groupId) : Map.of();
		List<LearnerRow> learners = this.jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, l.device_access, l.has_internet
				from learner l join person p on p.id = l.person_id
				where l.group_id = ? order by p.last_name, p.first_name""")
			.param(groupId)
			.query((rs, row) -> new LearnerRow(rs.getLong("id"), fullName(rs), rs.getString("device_access"),
					rs.getBoolean("has_internet"), parents.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		if (contacts) {
			this.audit.record(AuditEvent.of("VIEW_PERSONAL_DATA", "GROUP", groupId, path, null));
		}
		List<TeacherSubject> teachers = teachersOf(groupId);
		return new GroupView(group, organization, learners, teachers, contacts);
	}

	private List<TeacherSubject> teachersOf(long groupId) {
		return this.jdbc
			.sql("""
					select p.id, p.last_name, p.first_name, p.middle_name, string_agg(t.subject, ', ' order by t.subject) as subjects
					from teaching_assignment t join person p on p.id = t.person_id
					where t.group_id = ? group by p.id order by p.last_name""")
			.param(groupId)
			.query((rs, row) -> new TeacherSubject(rs.getLong("id"), fullName(rs), rs.getString("subjects")))
			.list();
	}

	// ---- learners
	// ----------------------------------------------------------------------------------------

	/**
	 * A learner's record with personal data; the view is audited. Social flags only with
	 * the social-data permission (O-1.16b).
	 */
	@Transactional // writes the audit log
	public LearnerView learner(long learnerId) {
		ScopePath path = this.directory.learnerPath(learnerId).orElse(null);
		QashyqUser user = CurrentUser.requireLearner(java.util.Optional.ofNullable(path), Permission.VIEW_PERSONAL_DATA,
				Permission.VIEW_OWN);
		LearnerView view = this.jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, p.iin, p.birth_date, p.gender, p.postal_address,
					b.postcode, b.address as branch_address, l.device_access, l.has_internet, l.household_device_id,
					l.organization_id, g.id as group_id, g.name as group_name
				from learner l join person p on p.id = l.person_id
				left join study_group g on g.id = l.group_id
				left join kazpost_branch b on b.id = p.kazpost_branch_id
				where l.person_id = ?""")
			.param(learnerId)
			.query((rs, row) -> new LearnerView(rs.getLong("id"), fullName(rs), rs.getString("iin"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("gender"), rs.getString("postal_address"),
					rs.getString("postcode"), rs.getString("branch_address"), rs.getString("device_access"),
					rs.getBoolean("has_internet"), organizationSummary(rs.getLong("organization_id")),
					(Long) rs.getObject("group_id"), rs.getString("group_name"), parentsOf(learnerId), null,
					siblingsSharingDevice(learnerId, (Long) rs.getObject("household_device_id"))))
			.single();
		if (user.can(Permission.VIEW_SOCIAL_DATA, path)) {
			view = view.withSocialFlags(socialFlagsOf(learnerId));
		}
		this.audit.record(AuditEvent.of("VIEW_PERSONAL_DATA", "LEARNER", learnerId, path, null));
		return view;
	}

	private List<String> siblingsSharingDevice(long learnerId, Long deviceId) {
		if (deviceId == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.last_name || ' ' || p.first_name from learner l join person p on p.id = l.person_id
				where l.household_device_id = ? and l.person_id <> ? order by p.first_name""")
			.params(deviceId, learnerId)
			.query(String.class)
			.list();
	}

	/** The parents of every learner of the group, in one query. */
	private Map<Long, List<ParentContact>> parentsInGroup(long groupId) {
		Map<Long, List<ParentContact>> parents = new HashMap<>();
		this.jdbc
			.sql("""
					select pl.learner_id, p.id, p.last_name, p.first_name, p.middle_name, pl.relation, pl.primary_contact,
						p.phone, p.email,
						(select string_agg(case c.channel when 'WHATSAPP' then 'WhatsApp' else 'Aitu' end || ': ' || c.value, '; '
							order by c.channel) from contact_channel c
							where c.person_id = p.id and c.channel in ('AITU', 'WHATSAPP')) as messengers
					from learner l join parent_link pl on pl.learner_id = l.person_id join person p on p.id = pl.parent_id
					where l.group_id = ? order by pl.learner_id, pl.primary_contact desc, p.last_name""")
			.param(groupId)
			.query((rs) -> {
				parents.computeIfAbsent(rs.getLong("learner_id"), (learner) -> new ArrayList<>())
					.add(new ParentContact(rs.getLong("id"), fullName(rs), rs.getString("relation"),
							rs.getBoolean("primary_contact"), rs.getString("phone"), rs.getString("email"),
							rs.getString("messengers")));
			});
		return parents;
	}

	private List<ParentContact> parentsOf(long learnerId) {
		return this.jdbc
			.sql("""
					select p.id, p.last_name, p.first_name, p.middle_name, pl.relation, pl.primary_contact, p.phone, p.email,
						(select string_agg(case c.channel when 'WHATSAPP' then 'WhatsApp' else 'Aitu' end || ': ' || c.value, '; '
						order by c.channel) from contact_channel c
							where c.person_id = p.id and c.channel in ('AITU', 'WHATSAPP')) as messengers
					from parent_link pl join person p on p.id = pl.parent_id
					where pl.learner_id = ? order by pl.primary_contact desc, p.last_name""")
			.param(learnerId)
			.query((rs, row) -> new ParentContact(rs.getLong("id"), fullName(rs), rs.getString("relation"),
					rs.getBoolean("primary_contact"), rs.getString("phone"), rs.getString("email"),
					rs.getString("messengers")))
			.list();
	}

	private List<SocialFlagView> socialFlagsOf(long learnerId) {
		return this.jdbc.sql("""
				select id, flag, valid_from, valid_to, document, document_date
				from social_flag where learner_id = ? and cleared_at is null order by flag""")
			.param(learnerId)
			.query((rs, row) -> new SocialFlagView(rs.getLong("id"), rs.getString("flag"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("document"), rs.getObject("document_date", LocalDate.class)))
			.list();
	}

	/**
	 * A parent's children, each with their organization, class and class teacher.
	 */
	public List<ChildCard> myChildren() {
		QashyqUser user = CurrentUser.get();
		if (user.personId() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, o.id as organization_id,
					o.name_kk, o.name_ru, o.name_en, g.id as group_id, g.name as group_name,
					(select sp.last_name || ' ' || sp.first_name || coalesce(' ' || sp.middle_name, '')
						from group_supervisor gs join person sp on sp.id = gs.person_id
						where gs.group_id = g.id and gs.to_date is null) as supervisor
				from parent_link pl join learner l on l.person_id = pl.learner_id join person p on p.id = l.person_id
				join organization o on o.id = l.organization_id left join study_group g on g.id = l.group_id
				where pl.parent_id = ? order by p.birth_date""")
			.param(user.personId())
			.query((rs, row) -> new ChildCard(rs.getLong("id"), fullName(rs), rs.getLong("organization_id"), name(rs),
					(Long) rs.getObject("group_id"), rs.getString("group_name"), rs.getString("supervisor")))
			.list()
			.stream()
			.filter((child) -> user.can(Permission.VIEW_OWN,
					this.directory.learnerPath(child.learnerId()).orElseThrow()))
			.toList();
	}

	/**
	 * A student's own class or group and its teachers.
	 */
	public StudentHome studentHome() {
		QashyqUser user = CurrentUser.get();
		Long learnerId = user.personId();
		ScopePath path = (learnerId != null) ? this.directory.learnerPath(learnerId).orElse(null) : null;
		if (path == null || !user.can(Permission.VIEW_OWN, path)) {
			throw new org.springframework.security.access.AccessDeniedException("not a learner");
		}
		return this.jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, l.organization_id, l.group_id
				from learner l join person p on p.id = l.person_id where l.person_id = ?""")
			.param(learnerId)
			.query((rs, row) -> {
				Long groupId = (Long) rs.getObject("group_id");
				GroupSummary group = (groupId != null) ? this.jdbc.sql(GROUP_SELECT + " where g.id = ?")
					.param(groupId)
					.query(DirectoryViews::groupSummary)
					.single() : null;
				return new StudentHome(rs.getLong("id"), fullName(rs),
						organizationSummary(rs.getLong("organization_id")), group,
						(groupId != null) ? teachersOf(groupId) : List.of(),
						(groupId != null) ? classmates(groupId, learnerId) : List.of());
			})
			.single();
	}

	private List<String> classmates(long groupId, long learnerId) {
		return this.jdbc.sql("""
				select p.first_name || ' ' || p.last_name from learner l join person p on p.id = l.person_id
				where l.group_id = ? and l.person_id <> ? order by p.last_name, p.first_name""")
			.params(groupId, learnerId)
			.query(String.class)
			.list();
	}

	/**
	 * The classes or groups the user leads or teaches, in the order of their grants.
	 */
	public List<GroupSummary> myGroups() {
		List<Long> ids = CurrentUser.get()
			.scopesWith(Permission.VIEW_LEARNERS)
			.stream()
			.filter((scope) -> scope.type() == ScopeType.GROUP)
			.map(ScopeRef::id)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(GROUP_SELECT + " where g.id in (:ids) order by g.grade nulls last, g.name")
			.param("ids", ids)
			.query(DirectoryViews::groupSummary)
			.list();
	}

	// ---- row mapping
	// --------------------------------------------------------------------------------------

	private static final String GROUP_SELECT = """
			select g.id, g.organization_id, g.name, g.kind, g.grade, g.letter, g.shift, g.specialty, g.course_year,
				g.graduating, g.language,
				(select sp.last_name || ' ' || sp.first_name || coalesce(' ' || sp.middle_name, '')
					from group_supervisor gs join person sp on sp.id = gs.person_id
					where gs.group_id = g.id and gs.to_date is null) as supervisor,
				(select count(*) from learner l where l.group_id = g.id) as learners
			from study_group g""";

	private static GroupSummary groupSummary(ResultSet rs, int row) throws SQLException {
		return new GroupSummary(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
				rs.getString("kind"), (Integer) rs.getObject("grade"), (Integer) rs.getObject("shift"),
				rs.getString("specialty"), (Integer) rs.getObject("course_year"), rs.getBoolean("graduating"),
				rs.getString("language"), rs.getString("supervisor"), rs.getLong("learners"));
	}

	private static LocalizedName name(ResultSet rs) throws SQLException {
		return new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"));
	}

	private static String fullName(ResultSet rs) throws SQLException {
		String middle = rs.getString("middle_name");
		return rs.getString("last_name") + " " + rs.getString("first_name") + ((middle != null) ? " " + middle : "");
	}

	private static String languageColumn() {
		return kz.qashyq.platform.i18n.Languages.current();
	}

	// ---- view records
	// -------------------------------------------------------------------------------------

	public record TerritoryNode(long id, String level, String kind, LocalizedName name, long organizations,
			long learners, long staff) {
	}

	public record RegionView(TerritoryNode region, List<TerritoryNode> districts) {
	}

	public record DistrictView(TerritoryNode region, TerritoryNode district, List<TerritoryNode> organizations) {
	}

	public record OrganizationSummary(long id, LocalizedName name, LocalizedName kind, String ownership,
			LocalizedName settlement, long districtId, LocalizedName district, long regionId, LocalizedName region,
			String timeZone, List<String> languages, long learners, long staff, long groups) {
	}

	public record OrganizationView(OrganizationSummary organization, List<GroupSummary> groups, List<StaffMember> staff,
			boolean canManageRoster, boolean canManageObservers) {
	}

	public record GroupSummary(long id, long organizationId, String name, String kind, Integer grade, Integer shift,
			String specialty, Integer courseYear, boolean graduating, String language, String supervisor,
			long learners) {
	}

	public record StaffMember(long personId, String fullName, String positions, String subjects) {
	}

	public record TeacherSubject(long personId, String fullName, String subjects) {
	}

	public record LearnerRow(long id, String fullName, String deviceAccess, boolean hasInternet,
			List<ParentContact> parents) {
	}

	public record GroupView(GroupSummary group, OrganizationSummary organization, List<LearnerRow> learners,
			List<TeacherSubject> teachers, boolean showsContacts) {
	}

	public record ParentContact(long personId, String fullName, String relation, boolean primaryContact, String phone,
			String email, String messengers) {
	}

	public record SocialFlagView(long id, String flag, LocalDate validFrom, LocalDate validTo, String document,
			LocalDate documentDate) {
	}

	/**
	 * A learner's record; {@code socialFlags} is null when the viewer may not see them.
	 */
	public record LearnerView(long id, String fullName, String iin, LocalDate birthDate, String gender,
			String postalAddress, String postcode, String branchAddress, String deviceAccess, boolean hasInternet,
			OrganizationSummary organization, Long groupId, String groupName, List<ParentContact> parents,
			List<SocialFlagView> socialFlags, List<String> siblingsSharingDevice) {

		LearnerView withSocialFlags(List<SocialFlagView> flags) {
			return new LearnerView(this.id, this.fullName, this.iin, this.birthDate, this.gender, this.postalAddress,
					this.postcode, this.branchAddress, this.deviceAccess, this.hasInternet, this.organization,
					this.groupId, this.groupName, this.parents, flags, this.siblingsSharingDevice);
		}

	}

	public record ChildCard(long learnerId, String fullName, long organizationId, LocalizedName organization,
			Long groupId, String groupName, String classTeacher) {
	}

	public record StudentHome(long learnerId, String fullName, OrganizationSummary organization, GroupSummary group,
			List<TeacherSubject> teachers, List<String> classmates) {
	}

}
