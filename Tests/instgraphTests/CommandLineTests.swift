import Foundation
import GraphvizRendering
import InstitutionGraph
import Testing

/// The tool as a user runs it: the bundled dataset, user files, formats, exit codes and files.
@Suite("instgraph on the command line")
struct CommandLineTests {
    static let membershipCSV =
        "consortium,institution,role,kind\nAlpha,KAIST,lead,university\nAlpha,Nota,,company\nBeta,KAIST,member,university\nBeta,서울대학교,lead,university\n"

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("--version names instgraph's version and the Graphviz it was built with")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(InstgraphVersion.current) (built with Graphviz \(GraphvizVersion.built))\n")
        #expect(GraphvizVersion.built.split(separator: ".").count == 3)
    }

    @Test("a misspelt command, alone or after help, gets the nearest commands and the list, status 64; a file first is told to follow a command")
    func unknownCommand() throws {
        for arguments in [["sumary"], ["help", "sumary"], ["sumary", "data.csv"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
            #expect(
                result.standardError.hasPrefix(
                    "instgraph: error: unknown command 'sumary'; did you mean 'summary'? The commands are report, validate, summary,"),
                "\(result.standardError)")
        }
        let file = try CommandRunner.run(["data.csv"])
        #expect(file.status == 64)
        #expect(file.standardError.contains("unknown command 'data.csv'. The commands are "), "\(file.standardError)")
        #expect(file.standardError.contains("; a dataset comes after the command: instgraph summary data.csv."), "\(file.standardError)")
        // A control character in the word is shown, not sent to the terminal.
        let hostile = try CommandRunner.run(["x\u{1B}[2J"])
        #expect(hostile.status == 64 && hostile.standardError.contains("'x\\u{1B}[2J'"), "\(hostile.standardError)")
        // Commands, help on a command and options are ArgumentParser's as before.
        let help = try CommandRunner.run(["help", "summary"])
        #expect(help.status == 0 && help.standardOutput.contains("OVERVIEW: Count consortia"))
        #expect(try CommandRunner.run(["summary"]).status == 0)
        #expect(try CommandRunner.run(["--help"]).standardOutput.contains("SUBCOMMANDS:"))
    }

    @Test(
        "--threads changes nothing in what a parallel command prints, and must be 1 or more",
        arguments: [
            ["overlap", "--measure", "jaccard", "--format", "csv"], ["whatif", "--drop", "upstage", "--format", "csv"],
            ["brokerage", "--format", "csv"], ["communities", "--format", "csv"], ["centrality", "--graph", "institutions", "--format", "csv"],
        ])
    func threadsChangeNothing(command: [String]) throws {
        let outputs = try [1, 2, 3].map { threads in
            let result = try CommandRunner.run(command + ["--threads", String(threads)])
            #expect(result.status == 0, "\(command) --threads \(threads): \(result.standardError)")
            return result.standardOutput
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs.allSatisfy { $0 == outputs[0] })
        let refused = try CommandRunner.run(command + ["--threads", "0"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--threads must be 1 or more"))
    }

    @Test("summary of the bundled dataset, from any folder, as JSON")
    func summaryJSON() throws {
        let result = try CommandRunner.run(["summary", "--format", "json"], in: CommandRunner.folder())
        #expect(result.status == 0)
        let summary = try #require(try json(result.standardOutput) as? [String: Any])
        #expect(summary["consortia"] as? Int == 5)
        #expect(summary["institutions"] as? Int == 47)
        #expect(summary["memberships"] as? Int == 53)
        #expect(summary["components"] as? Int == 2)
    }

    @Test("shared lists KAIST, Seoul National University and Korea University with their consortia")
    func sharedJSON() throws {
        let result = try CommandRunner.run(["shared", "--format", "json"])
        let rows = try #require(try json(result.standardOutput) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["kaist", "snu", "korea-university"])
        #expect(rows.map { $0["count"] as? Int } == [4, 3, 2])
        #expect(rows[0]["kind"] as? String == "university")
        #expect(rows[2]["consortia"] as? [String] == ["naver-cloud-team", "nc-ai-team"])
    }

    @Test("shared in Korean aligns Hangul by display width")
    func sharedKorean() throws {
        let result = try CommandRunner.run(["shared", "--lang", "ko"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("한국과학기술원  university          4  네이버클라우드 컨소시엄") })
        #expect(lines.contains { $0.hasPrefix("서울대학교      university          3") })
    }

    @Test("overlap on a user's CSV, every measure and format")
    func overlapOnCSV() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": Self.membershipCSV])
        let result = try CommandRunner.run(["overlap", "m.csv", "--measure", "jaccard", "--format", "json"], in: folder)
        #expect(result.status == 0)
        let report = try #require(try json(result.standardOutput) as? [String: Any])
        #expect(report["consortia"] as? [String] == ["Alpha", "Beta"])
        let pairs = try #require(report["pairs"] as? [[String: Any]])
        #expect(pairs.first?["shared"] as? [String] == ["KAIST"])
        #expect(pairs.first?["jaccard"] as? Double == 1.0 / 3.0)
        for format in ["table", "csv", "markdown"] {
            let printed = try CommandRunner.run(["overlap", "m.csv", "--format", format], in: folder)
            #expect(printed.status == 0)
            #expect(printed.standardOutput.contains("KAIST"))
        }
        // One pair asked for is one pair, in the singular.
        let one = try CommandRunner.run(["overlap", "--top", "1"])
        #expect(one.standardOutput.contains("The pair of consortia (of 10) that overlaps most by count."), "\(one.standardOutput)")
        let two = try CommandRunner.run(["overlap", "--top", "2"])
        #expect(two.standardOutput.contains("The 2 pairs of consortia (of 10) that overlap most by count."), "\(two.standardOutput)")
    }

    @Test("validate passes the bundled dataset and fails a broken file with file:line:column")
    func validate() throws {
        let good = try CommandRunner.run(["validate"])
        #expect(good.status == 0)
        #expect(good.standardOutput.contains("valid: 0 errors"))
        let folder = try CommandRunner.folder(with: ["bad.yaml": "institutions: [{id: a, name: A}]\nconsortia: [{id: c, name: C, members: [Aa, Q]}]\n"])
        let bad = try CommandRunner.run(["validate", "bad.yaml"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("bad.yaml:2:40: error: unknown institution 'Aa'; did you mean 'A'?"))
        #expect(!bad.standardOutput.contains("error:"))
        #expect(bad.standardOutput.contains("invalid: 2 errors"))
    }

    @Test("validate reports every entity's type error in one run, and writes its -o file only when the dataset is valid")
    func validateEveryError() throws {
        let yaml = """
            title: t
            institutions:
              - {id: a, name: [A]}
              - {id: b, name: B, aliases: {x: y}}
              - {id: c, name: C}
            consortia:
              - {id: k, name: {en: [K]}, members: [c]}
              - {id: m, name: M, members: [c]}
            """
        let folder = try CommandRunner.folder(with: ["bad.yaml": yaml + "\n"])
        let bad = try CommandRunner.run(["validate", "bad.yaml", "--format", "json", "-o", "report.json"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("bad.yaml:3:19: error:") && bad.standardError.contains("bad.yaml:4:"), "\(bad.standardError)")
        #expect(bad.standardError.contains("bad.yaml:7:"), "\(bad.standardError)")
        #expect(bad.standardError.contains("invalid: 3 errors") && bad.standardError.contains("report.json not written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "report.json").path))
        let good = try CommandRunner.run(["validate", "-o", "ok.json"], in: folder)
        #expect(good.status == 0 && FileManager.default.fileExists(atPath: folder.appending(path: "ok.json").path))
    }

    @Test("a data error exits 1 with the location on standard error and writes no output file")
    func dataErrorWritesNothing() throws {
        let folder = try CommandRunner.folder(with: ["bad.csv": "consortium,institution\nA,\"B\n"])
        let result = try CommandRunner.run(["summary", "bad.csv", "-o", "out.json"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "bad.csv:2:3: error: unterminated quoted field: the double quote opened here is never closed; close it, or write a quote inside a quoted field as \"\"\n"
        )
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out.json").path))
    }

    @Test("-o writes the file in the format its extension names")
    func outputFile() throws {
        let folder = try CommandRunner.folder()
        let result = try CommandRunner.run(["shared", "-o", "shared.csv"], in: folder)
        #expect(result.status == 0)
        let written = try String(contentsOf: folder.appending(path: "shared.csv"), encoding: .utf8)
        #expect(written.hasPrefix("institution,kind,consortia,in\nKAIST,university,4,"))
    }

    @Test("usage errors exit as ArgumentParser does, with a hint")
    func usageErrors() throws {
        let unknownMeasure = try CommandRunner.run(["overlap", "--measure", "cosine"])
        #expect(unknownMeasure.status == 64)
        #expect(unknownMeasure.standardError.contains("count"))
        let missingFile = try CommandRunner.run(["summary", "nope.yaml"])
        #expect(missingFile.status == 1)
        #expect(missingFile.standardError == "nope.yaml: error: no such file; check the path\n")
    }
}
