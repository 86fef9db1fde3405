package kz.qashyq.demo;

import java.util.List;

/**
 * The ids of the demo data that tests and other code need, found in the database (never
 * hard-coded: they depend on the database the data was loaded into).
 *
 * @param academicYear the academic year of the demo classes and groups (its first
 * calendar year)
 * @param regionId Karaganda Region
 * @param cityDistrictId the city district of Karaganda (CITY_DISTRICT)
 * @param ruralDistrictId Karkaraly District (RURAL_DISTRICT)
 * @param citySettlementId Karaganda city (urban)
 * @param ruralSettlementId Besoba village (rural, remote)
 * @param citySchoolId Secondary School No. 17, Karaganda (22 classes, grades 0–11)
 * @param ruralSchoolId Besoba Secondary School (small, remote rural)
 * @param preschoolId Balapan Nursery and Kindergarten
 * @param collegeId Karaganda Polytechnic College (TVET, six groups)
 * @param universityId Faculty of Information Technology of Karaganda University (four
 * groups)
 * @param centreId Karaganda Palace of Schoolchildren (additional education, circles)
 * @param headPersonId the city school's head (account {@code head})
 * @param deputyPersonId the city school's deputy head and DET-responsible (account
 * {@code deputy})
 * @param socialPedagoguePersonId the city school's social pedagogue (account
 * {@code social})
 * @param teacherPersonId the city-school mathematics teacher (account {@code teacher})
 * @param teacherClassIds the classes the teacher teaches (four)
 * @param teacherHomeClassId the class the teacher is class teacher of, one of them
 * @param curatorPersonId the college lecturer who is curator of one group (account
 * {@code curator})
 * @param curatorGroupId the college group the curator leads
 * @param collegeHeadPersonId the college's head (account {@code college-head})
 * @param ruralClassId a class of the rural school (grade 5)
 * @param studentId the grade-8 learner of the city school, in the teacher's home class, a
 * child of the parent (account {@code student})
 * @param studentClassId the student's class
 * @param parentPersonId the student's mother (account {@code parent})
 * @param parentChildIds her four children: the student (8А), a daughter in 3А, a toddler
 * in the educator's kindergarten group and a son in the curator's college group
 * @param parentChildClassIds their two (different) classes, in the same order
 */
public record DemoFacts(int academicYear, long regionId, long cityDistrictId, long ruralDistrictId,
		long citySettlementId, long ruralSettlementId, long citySchoolId, long ruralSchoolId, long preschoolId,
		long collegeId, long universityId, long centreId, long headPersonId, long deputyPersonId,
		long socialPedagoguePersonId, long teacherPersonId, List<Long> teacherClassIds, long teacherHomeClassId,
		long curatorPersonId, long curatorGroupId, long collegeHeadPersonId, long ruralClassId, long studentId,
		long studentClassId, long parentPersonId, List<Long> parentChildIds, List<Long> parentChildClassIds) {

	public DemoFacts {
		teacherClassIds = List.copyOf(teacherClassIds);
		parentChildIds = List.copyOf(parentChildIds);
		parentChildClassIds = List.copyOf(parentChildClassIds);
	}

}
