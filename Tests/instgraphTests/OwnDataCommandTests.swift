import Foundation
import Testing

/// A user's own files as they come: another delimiter, a preset, a mapping file, standard input.
@Suite("instgraph on a user's own tables")
struct OwnDataCommandTests {
    static let cordis = """
        projectID;projectAcronym;organisationID;name;role;country;activityType;ecContribution
        1;ALPHA;100;KATHOLIEKE UNIVERSITEIT LEUVEN;coordinator;BE;HES;100.5
        1;ALPHA;200;"ACME; GmbH";participant;DE;PRC;20
        2;BETA;100;KU LEUVEN;participant;BE;HES;30
        2;BETA;300;POLITECHNIKA ŁÓDZKA;coordinator;PL;HES;
        2;BETA;400;ΕΘΝΙΚΟ ΚΕΝΤΡΟ;thirdParty;EL;REC;1

        """

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--preset cordis keys institutions by PIC, from a file and from standard input")
    func cordisPreset() throws {
        let folder = try CommandRunner.folder(with: ["organization.csv": Self.cordis])
        let fromFile = try CommandRunner.run(["summary", "organization.csv", "--preset", "cordis", "--format", "json"], in: folder)
        #expect(fromFile.status == 0)
        #expect(fromFile.standardError == "")
        let summary = try json(fromFile.standardOutput)
        #expect(summary["consortia"] as? Int == 2)
        #expect(summary["institutions"] as? Int == 4)
        #expect(summary["memberships"] as? Int == 5)
        let fromStandardInput = try CommandRunner.run(["summary", "-", "--preset", "cordis", "--format", "json"], in: folder, input: Self.cordis)
        #expect(fromStandardInput.status == 0)
        var fromPipe = try json(fromStandardInput.standardOutput)
        #expect(fromPipe.removeValue(forKey: "title") as? String == "<stdin>")
        #expect(NSDictionary(dictionary: fromPipe).isEqual(to: summary.filter { $0.key != "title" }))
    }

    @Test("without the preset, the error names the columns, the delimiter and the preset that fits")
    func cordisWithoutPreset() throws {
        let folder = try CommandRunner.folder(with: ["organization.csv": Self.cordis])
        let result = try CommandRunner.run(["summary", "organization.csv"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("organization.csv:1:1: error: no consortium column 'consortium' or '컨소시엄' or '과제' in the header"))
        #expect(
            result.standardError.contains(
                "the header was split at a semicolon ';' (sniffed from the header)); the header fits the 'cordis' preset: add --preset cordis"))
    }

    @Test("a mapping file and flags describe a spreadsheet's own headers; flags win")
    func mappingFileAndFlags() throws {
        let folder = try CommandRunner.folder(with: [
            "members.csv": "Team,Org,Part,Type\nAlpha,KAIST,boss,U\nAlpha,Nota,helper,C\nBeta,KAIST,helper,U\nBeta,Upstage,boss,C\n",
            "map.yaml":
                "title: My programme\nconsortium-column: Team\ninstitution-column: Org\nrole-column: Part\nlead-role: boss\nkind-column: Type\nkind-map: {U: university, C: company}\n",
        ])
        let mapped = try CommandRunner.run(["shared", "members.csv", "--columns", "map.yaml", "--format", "json"], in: folder)
        #expect(mapped.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(mapped.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["KAIST"])
        #expect(rows.first?["kind"] as? String == "university")
        let flagged = try CommandRunner.run(["summary", "members.csv", "--columns", "map.yaml", "--lead-role", "helper", "--format", "json"], in: folder)
        let consortia = try #require(try json(flagged.standardOutput)["consortiumSizes"] as? [[String: Any]])
        #expect(consortia.map { $0["lead"] as? String } == ["Nota", "KAIST"])
    }

    @Test("a warning found while loading reaches standard error on every command")
    func warningsShown() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": "consortium,institution,역할\nA,X,책임\nA,Y,참여\n"])
        let result = try CommandRunner.run(["summary", "m.csv", "-q"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.standardError.contains(
                "m.csv:1:24: warning: no row of column '역할' names a lead (its values: '책임' (1 row), '참여' (1 row)); if one of them means the lead, give --lead-role VALUE"
            ))
    }

    @Test(
        "bad mapping flags are usage errors",
        arguments: [
            (["--delimiter", "#"], "--delimiter must be ',', ';', tab or '|', not '#'."),
            (["--kind-map", "HES"], "--kind-map takes CODE=KIND, such as HES=university; 'HES' has no '=' between a code and a kind."),
        ])
    func badFlags(arguments: [String], message: String) throws {
        let folder = try CommandRunner.folder(with: ["m.csv": "consortium,institution\nA,X\n"])
        let result = try CommandRunner.run(["summary", "m.csv"] + arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message))
    }

    @Test("an unknown preset (a usage error), mapping options without a table, and empty standard input are clear errors")
    func misuse() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": "consortium,institution\nA,X\n"])
        let preset = try CommandRunner.run(["summary", "m.csv", "--preset", "cordsi"], in: folder)
        #expect(preset.status == 64)
        #expect(preset.standardError.hasPrefix("Error: no preset named 'cordsi'. Did you mean 'cordis'? Presets: cordis.\n"))
        let bundled = try CommandRunner.run(["summary", "--preset", "cordis"], in: folder)
        #expect(bundled.status == 1)
        #expect(bundled.standardError.contains("column mapping options apply to a membership table"))
        let empty = try CommandRunner.run(["summary", "-"], in: folder, input: "")
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("standard input is empty"))
    }

    @Test("--group-by matches an attribute's name without regard to case; a .tsv split wrongly says why it was split at tabs")
    func groupByAndTSV() throws {
        let folder = try CommandRunner.folder(with: [
            "m.csv": "consortium,institution,Country\nA,X,BE\nA,Y,DE\nB,X,BE\nB,Z,BE\n",
            "m.tsv": "consortium;institution\nA;X\n",
        ])
        let grouped = try CommandRunner.run(["shared", "m.csv", "--group-by", "country", "--min-consortia", "1", "--format", "csv"], in: folder)
        #expect(grouped.status == 0)
        #expect(grouped.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) } == ["BE", "DE"])
        #expect(grouped.standardError.contains("3 institutions rolled up by 'country' into 2; 1 tie between institutions with the same country"))
        let tsv = try CommandRunner.run(["summary", "m.tsv"], in: folder)
        #expect(tsv.status == 1)
        #expect(
            tsv.standardError.contains(
                "the header was split at a tab (for a .tsv file); it holds semicolons (';'): is the file semicolon-separated? give --delimiter ';'"))
    }

    @Test("export refuses an output file whose extension names no export format")
    func exportExtension() throws {
        let folder = try CommandRunner.folder()
        let result = try CommandRunner.run(["export", "-o", "out.pdf"], in: folder)
        #expect(result.status == 64)
        #expect(result.standardError.contains("cannot tell the export format from '.pdf'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out.pdf").path))
    }

    @Test("report --title names the report")
    func reportTitle() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": "consortium,institution\nA,X\nB,X\n"])
        let result = try CommandRunner.run(["report", "m.csv", "--title", "Programme <2025>", "-o", "r.md"], in: folder)
        #expect(result.status == 0)
        let text = try String(contentsOf: folder.appending(path: "r.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Programme "))
        #expect(text.contains("2025"))
    }
}
