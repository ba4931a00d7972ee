import Mustache

/// The report's Mustache templates, the files beside this one: `report.html`, the page, with its
/// style and script as the partials `report.css` and `report.js`; and `report.md`.
///
/// They are compiled into the binary (``files``, generated from them at build time by the
/// EmbedReportTemplates plugin) rather than shipped as SwiftPM resources, so the tool needs no
/// bundle beside it and runs wherever it is copied; the files stay plain HTML, CSS, JavaScript
/// and Markdown that an editor opens as such.
enum ReportTemplates {
    /// The templates a report starts from; every other file is a partial that they may include.
    static let pages: Set<String> = ["report.html", "report.md"]

    /// `content` rendered with the page template `name` (`report.html`), which may include every
    /// other file as a partial (`{{> report.css}}`).
    ///
    /// A page template's final newline is dropped, as the report has always ended without one; a
    /// partial keeps its own, which ends the last line it adds in place of its tag's line.
    static func render(_ name: String, _ content: ReportContent) throws -> String {
        guard let page = files[name] else { preconditionFailure("Templates/\(name) was not compiled in") }
        MustacheContentTypes.register(HTMLNoteText(), named: "HTML_NOTE")
        MustacheContentTypes.register(MarkdownNoteText(), named: "MARKDOWN_NOTE")
        var library = MustacheLibrary()
        try library.register(page.hasSuffix("\n") ? String(page.dropLast()) : page, named: name)
        for (partial, text) in files where !pages.contains(partial) {
            try library.register(text, named: partial)
        }
        guard let text = library.render(content, withTemplate: name) else { preconditionFailure("no template \(name)") }
        return text
    }
}
