package org.tomatic.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tomatic.system.ValidationException;

/** The administrators' page for the legacy import (a .zip of the old data directory) and export. */
@Controller
@RequestMapping("/admin/legacy")
@PreAuthorize("hasRole('ADMIN')")
class LegacyController {

    private final LegacyImporter importer;
    private final LegacyExporter exporter;

    LegacyController(LegacyImporter importer, LegacyExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @GetMapping
    String page() {
        return "legacy/page";
    }

    @PostMapping("/import")
    String importZip(@RequestParam("file") MultipartFile file,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                     @RequestParam(defaultValue = "false") boolean dryRun, Authentication auth, Model model)
        throws IOException {
        Path unpacked = Files.createTempDirectory("tomatic-import");
        try (InputStream in = file.getInputStream()) {
            ZipFiles.unzip(in, unpacked);
            ImportReport report = importer.importDirectory(ZipFiles.dataRoot(unpacked), week, dryRun, auth.getName());
            model.addAttribute("report", report);
        } catch (ValidationException e) {
            model.addAttribute("uploadError", e.getMessage());
        } finally {
            ZipFiles.deleteTree(unpacked);
        }
        return "legacy/page";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                HttpServletResponse response) throws IOException {
        Path dir = Files.createTempDirectory("tomatic-export");
        try {
            exporter.export(dir, week);
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"tomatic-data.zip\"");
            ZipFiles.zip(dir, response.getOutputStream());
        } finally {
            ZipFiles.deleteTree(dir);
        }
    }
}
