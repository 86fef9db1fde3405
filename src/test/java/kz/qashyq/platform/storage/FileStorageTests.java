package kz.qashyq.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(properties = "qashyq.storage.max-image=1KB")
class FileStorageTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	FileStorage storage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	@DisplayName("a photo is stored whole under its hash and reads back byte for byte")
	void storesAndReadsBack() throws IOException {
		StoredFile stored = this.storage.store(new ByteArrayInputStream(PNG), "бет-1.png", FileCategory.any(), "t");

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.category()).isEqualTo(FileCategory.IMAGE);
		assertThat(stored.size()).isEqualTo(PNG.length);
		assertThat(this.storage.find(stored.id())).contains(stored);
		try (InputStream in = this.storage.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(PNG);
		}
	}

	@Test
	@DisplayName("the same content uploaded twice gets two records and one stored copy")
	void sameContentSharesOneCopy() {
		StoredFile first = this.storage.store(new ByteArrayInputStream(PDF), "a.pdf", FileCategory.any(), "t");
		StoredFile second = this.storage.store(new ByteArrayInputStream(PDF), "b.pdf", FileCategory.any(), "t");

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256());
	}

	@Test
	@DisplayName("a Word document is told from a bare zip by looking inside it")
	void officeDocumentsByContent() throws IOException {
		StoredFile docx = this.storage.store(new ByteArrayInputStream(zip("[Content_Types].xml", "word/document.xml")),
				"эссе.docx", Set.of(FileCategory.OFFICE), "t");
		assertThat(docx.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		assertThatThrownBy(() -> this.storage.store(new ByteArrayInputStream(zip("a.txt", "b.txt")), "эссе.docx",
				Set.of(FileCategory.OFFICE), "t"))
			.isInstanceOfSatisfying(FileRejectedException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("storage.rejected.type"));
	}

	@Test
	@DisplayName("the kept name's extension says what the content is; control and bidirectional characters are removed")
	void namesSayWhatTheContentIs() {
		assertThat(stored(PNG, "photo.svg")).isEqualTo("photo.png");
		assertThat(stored(PNG, "page.html")).isEqualTo("page.png");
		assertThat(stored(PNG, "scan")).isEqualTo("scan.png");
		assertThat(stored(PNG, "бет-1.png")).isEqualTo("бет-1.png");
		assertThat(stored(PDF, "report\u202Egpj.pdf")).isEqualTo("reportgpj.pdf");
		assertThat(stored(PDF, "a\u0000b\u2066.pdf")).isEqualTo("ab.pdf");
		assertThat(stored("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "marks.csv")).isEqualTo("marks.csv");
		assertThat(reason(PDF, "\u202E\u0000", FileCategory.any())).contains("нет имени");
	}

	private String stored(byte[] content, String name) {
		return this.storage.store(new ByteArrayInputStream(content), name, FileCategory.any(), "t").originalName();
	}

	@Test
	@DisplayName("bad files are refused with a translated reason and leave no record")
	void refusals() {
		long before = count();

		assertThat(reason(PDF, "photo.jpg", FileCategory.any()))
			.isEqualTo("Содержимое «photo.jpg» — это PDF, а имя говорит изображение; файл не принят.");
		assertThat(reason(new byte[0], "empty.pdf", FileCategory.any())).contains("пустой");
		assertThat(reason(PDF, "../../etc/passwd.pdf", FileCategory.any())).contains("содержит путь");
		assertThat(reason(PDF, "C:\\Users\\a.pdf", FileCategory.any())).contains("содержит путь");
		assertThat(
				reason("MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1), "work.exe", FileCategory.any()))
			.contains("не принимается");
		assertThat(reason(PDF, "a.pdf", Set.of(FileCategory.IMAGE))).contains("принимаются: изображение");
		byte[] large = new byte[2048];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		assertThat(reason(large, "big.png", FileCategory.any())).startsWith("Файл «big.png» весит")
			.contains("больше допустимых");

		assertThat(count()).isEqualTo(before);
	}

	private String reason(byte[] content, String name, Set<FileCategory> accepted) {
		FileRejectedException ex = catchThrowableOfType(FileRejectedException.class,
				() -> this.storage.store(new ByteArrayInputStream(content), name, accepted, "t"));
		assertThat(ex).as(name).isNotNull();
		return ex.message(this.messages, Locale.forLanguageTag("ru"));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
