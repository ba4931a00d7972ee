import Foundation
@testable import InstitutionGraph
import Testing

/// Small hostile files cannot make a loader use time or memory out of proportion to their size,
/// and messages quote at most an excerpt of what they read.
@Suite("Resource limits: alias bombs, huge lines, many columns, long messages")
struct ResourceLimitTests {
    static func errors(_ text: String, format: InputFormat, file: String = "x") -> [Diagnostic] {
        do {
            _ = try DatasetLoader.load(bytes: Array(text.utf8), displayPath: file, format: format)
            return []
        } catch let error as DatasetLoadError {
            return error.errors
        } catch {
            return [Diagnostic(.error, at: SourceLocation(file: file), "\(error)")]
        }
    }

    @Test("a YAML whose aliases stand for far more than the file is refused before it is read")
    func aliasBomb() {
        let big = String(repeating: "x", count: 10_000)
        let institutions = (1..<2_000).map { "  - {id: i\($0), name: *b}" }.joined(separator: "\n")
        let yaml = "title: bomb\ninstitutions:\n  - {id: i0, name: &b \"\(big)\"}\n\(institutions)\nconsortia: []\n"
        let errors = Self.errors(yaml, format: .yaml, file: "bomb.yaml")
        #expect(errors.count == 1 && errors[0].message.contains("the aliases (*name) in this YAML stand for more than"), "\(errors)")
        // Nested: nine levels of ten aliases each would be 10⁹ nodes.
        var laughs = "a: &l0 [lol]\n"
        for level in 1...9 { laughs += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(Self.errors(laughs, format: .yaml).first?.message.contains("aliases") == true)
        // An honest alias or two is fine.
        let honest = "title: t\ninstitutions:\n  - {id: a, name: &n KAIST}\n  - {id: b, name: SNU}\nconsortia:\n  - {id: c, name: *n, members: [a, b]}\n"
        #expect(Self.errors(honest, format: .yaml).isEmpty)
    }

    @Test("a message quoting a huge line keeps its start and its advice and says what it left out")
    func longMessages() {
        let line = String(repeating: "x", count: 1_000_000)
        let errors = Self.errors(line + "\n", format: .csv)
        #expect(!errors.isEmpty)
        for error in errors {
            #expect(error.message.count < Diagnostic.longestMessage + 100, "\(error.message.count) characters")
            #expect(error.message.hasPrefix("no ") && error.message.contains("--"))
        }
        let long = Diagnostic(.error, at: SourceLocation(file: "f"), "start " + line + " end: do this")
        #expect(long.message.hasPrefix("start xxx") && long.message.hasSuffix("end: do this") && long.message.contains("characters left out"))
        #expect(Diagnostic(.error, at: SourceLocation(file: "f"), "short").message == "short")
    }

    @Test("a header of 100,000 columns: the duplicate is found, the columns listed in part, the column numbers right")
    func manyColumns() {
        let names = (0..<100_000).map { "c\($0)" }
        let missing = Self.errors(names.joined(separator: ",") + "\n", format: .csv)
        #expect(missing.first?.message.contains("'c29' and 99970 more") == true, "\(missing.first?.message.prefix(300) ?? "")")
        let duplicate = Self.errors((names + ["가나", "c99999"]).joined(separator: ",") + "\n", format: .csv)
        #expect(duplicate.first?.message == "the header names column 'c99999' twice; rename one of them")
        // Every column so far counted once: "c0,c1,…" plus the Hangul column's two characters.
        let column = names.reduce(0) { $0 + $1.count + 1 } + "가나,".count + 1
        #expect(duplicate.first?.location.column == column, "\(String(describing: duplicate.first?.location))")
    }

    @Test("columns are counted in characters on a line of many fields with Hangul, quotes and errors")
    func columnNumbers() {
        let fields = (0..<500).map { $0 % 3 == 0 ? "한국\($0)" : "f\($0)" }
        let text = "consortium,institution," + fields.joined(separator: ",") + "\nA,KAIST," + fields.joined(separator: ",") + ",a\"b\n"
        let error = Self.errors(text, format: .csv).first
        let expected = ("A,KAIST," + fields.joined(separator: ",") + ",a").count + 1
        #expect(error?.location.line == 2 && error?.location.column == expected, "\(String(describing: error))")
    }

    @Test("suggestions skip candidates whose length alone puts them too far away")
    func suggestionLengthFilter() {
        let huge = String(repeating: "c", count: 200_000)
        #expect(Suggestions.closest(to: "consortium", among: [huge, "consortum", "x"]) == ["consortum"])
        #expect(Suggestions.closest(to: huge, among: ["consortium"]).isEmpty)
    }

    @Test("YAML nested past libyaml's limit says so in its own words, without libyaml's function names")
    func deepNesting() {
        let deep = "a: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n"
        let message = Self.errors(deep, format: .yaml).first?.message ?? ""
        #expect(message.contains("nest more than 1,000 levels deep") && !message.contains("yaml_"), "\(message)")
    }
}
