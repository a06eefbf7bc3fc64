package org.tomatic.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.tomatic.IntegrationTest;

/** The administrators' import/export page: a .zip in, a report out; a .zip of the data back. */
class LegacyPageTests extends IntegrationTest {

    @Test
    void aDryRunShowsTheReportAndChangesNothing() throws Exception {
        mvc.perform(multipart("/admin/legacy/import").file(zipOf(LegacyImportTests.FIXTURE, "tomatic-data/"))
                .param("dryRun", "true").param("week", "2026-03-30")
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("dry run: nothing was changed")));

        assertThat(peopleCount()).isEqualTo(1);
    }

    @Test
    void anImportFromTheZipOfADirectory() throws Exception {
        mvc.perform(multipart("/admin/legacy/import").file(zipOf(LegacyImportTests.FIXTURE, ""))
                .param("week", "2026-03-30").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("imported;")));

        assertThat(peopleCount()).isGreaterThan(1);
    }

    @Test
    void theExportIsAZipOfTheOldFormats() throws Exception {
        byte[] zip = mvc.perform(get("/admin/legacy/export").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/zip"))
            .andReturn().getResponse().getContentAsByteArray();

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("persons.yaml", "config.yaml");
    }

    @Test
    void aZipWithPathsOutsideItsFolderIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../escaped.yaml"));
            zip.write("names: {evil: Evil}\n".getBytes());
            zip.closeEntry();
        }

        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "evil.zip", "application/zip", bytes.toByteArray()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("path outside its folder")));
        assertThat(peopleCount()).isEqualTo(1);
    }

    /** The upload is unpacked to a folder and read like any other: a folder where a file belongs is refused. */
    @Test
    void aZipWithAFolderWhereAFileBelongsIsRefusedNamingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("holidays.conf"));
            zip.write("2026-12-25\tNadal\n".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("persons.yaml/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("persons.yaml/names.yaml"));
            zip.write("names: {anna: Anna}\n".getBytes());
            zip.closeEntry();
        }

        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "data.zip", "application/zip", bytes.toByteArray()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("persons.yaml: not a regular file (a directory)")))
            .andExpect(content().string(Matchers.containsString("nothing was changed")));
        assertThat(peopleCount()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM holiday").query(Integer.class).single()).isZero();
    }

    /** Entries that cannot make one folder ("a" as a file, then "a/b") are a clear error, not a server error. */
    @Test
    void aZipWhoseEntriesClashIsAClearError() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("graelles"));
            zip.write("a file\n".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("graelles/graella-2026-03-30.yaml"));
            zip.write("week: 2026-03-30\n".getBytes());
            zip.closeEntry();
        }

        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "data.zip", "application/zip", bytes.toByteArray()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(
                "The archive cannot be unpacked: graelles/graella-2026-03-30.yaml clashes with another entry")));
    }

    /** An entry named "." (the folder itself) or with a name that is not UTF-8 is refused with a sentence. */
    @Test
    void entriesThatAreNotPlainFilesAreRefusedWithAMessage() throws Exception {
        ByteArrayOutputStream dot = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(dot)) {
            zip.putNextEntry(new ZipEntry("."));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(latin1, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("càrrega.yaml"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }

        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "dot.zip", "application/zip", dot.toByteArray()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("an entry that is not a plain file: &quot;.&quot;")));
        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "latin1.zip", "application/zip", latin1.toByteArray()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("an entry whose name is not UTF-8 text")));
        assertThat(peopleCount()).isEqualTo(1);
    }

    @Test
    void notAZipIsAClearError() throws Exception {
        mvc.perform(multipart("/admin/legacy/import")
                .file(new MockMultipartFile("file", "persons.yaml", "text/plain", "names: {a: A}".getBytes()))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Not a .zip file")));
    }

    @Test
    void onlyAdminsImportOrExport() throws Exception {
        mvc.perform(multipart("/admin/legacy/import").file(zipOf(LegacyImportTests.FIXTURE, ""))
                .with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/admin/legacy/export").with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isForbidden());
        assertThat(peopleCount()).isEqualTo(1);
    }

    private int peopleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Integer.class).single();
    }

    private static MockMultipartFile zipOf(Path dir, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(prefix + dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return new MockMultipartFile("file", "tomatic-data.zip", "application/zip", bytes.toByteArray());
    }
}
