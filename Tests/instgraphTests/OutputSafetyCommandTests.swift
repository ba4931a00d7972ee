import Foundation
import Testing

/// The command line never destroys a user's data and handles every write error.
@Suite("Output safety: inputs kept, links followed, devices written through, write errors handled")
struct OutputSafetyCommandTests {
    static let table = "consortium,institution,role\nA,KAIST,lead\nA,SNU,member\nB,KAIST,lead\nB,POSTECH,member\n"

    @Test("-o naming the input, by any name, is refused and the input is left as it was")
    func inputKept() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table, "other.csv": Self.table])
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "link.graphml").path, withDestinationPath: "data.csv")
        try FileManager.default.linkItem(atPath: folder.appending(path: "data.csv").path, toPath: folder.appending(path: "hard.json").path)
        for arguments in [
            ["export", "data.csv", "--format", "graphml", "-o", "data.csv"],
            ["export", "data.csv", "-o", "link.graphml"],
            ["export", "./data.csv", "-o", "hard.json"],
            ["summary", "data.csv", "--format", "csv", "-o", "\(folder.path)/data.csv"],
            ["diff", "other.csv", "data.csv", "--format", "csv", "-o", "data.csv"],
            ["report", "data.csv", "-o", "data.csv", "--format", "html"],
        ] {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError.contains("refusing to write"), "\(arguments): \(result.standardError)")
            #expect(try String(contentsOf: folder.appending(path: "data.csv"), encoding: .utf8) == Self.table, "\(arguments)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appending(path: "link.graphml").path) == "data.csv")
    }

    @Test("-o through a symbolic link replaces its target and keeps the link; a dangling link gets its target made")
    func linksFollowed() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table, "old.graphml": "old"])
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "out.graphml").path, withDestinationPath: "old.graphml")
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "new.graphml").path, withDestinationPath: "made.graphml")
        for link in ["out.graphml", "new.graphml"] {
            let result = try CommandRunner.run(["export", "data.csv", "-o", link], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: link).path)
            #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        }
        #expect(try String(contentsOf: folder.appending(path: "old.graphml"), encoding: .utf8).contains("<graphml"))
        #expect(try String(contentsOf: folder.appending(path: "made.graphml"), encoding: .utf8).contains("<graphml"))
    }

    @Test("-o /dev/stdout writes to standard output, and a device stays a device")
    func devicesWrittenThrough() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table])
        let result = try CommandRunner.run(["summary", "data.csv", "--format", "csv", "-o", "/dev/stdout"], in: folder)
        #expect(result.status == 0 && result.standardOutput.contains("consortia,2"), "\(result.standardOutput)")
        let null = try CommandRunner.run(["export", "data.csv", "-o", "/dev/null"], in: folder)
        #expect(null.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test("a full disk on standard output is an error with status 1, not a crash")
    func fullStandardOutput() throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["summary"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        #expect(message.contains("instgraph: error: cannot write standard output: No space left on device"), "\(message)")
    }

    @Test("a report whose download cannot be written writes nothing at all")
    func reportAllOrNothing() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table])
        // A folder where the two-mode GraphML would go.
        try FileManager.default.createDirectory(at: folder.appending(path: "r-bipartite.graphml"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["report", "data.csv", "-o", "r.html", "--downloads", "beside"], in: folder)
        #expect(result.status == 1 && result.standardError.contains("r-bipartite.graphml"), "\(result.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["data.csv", "r-bipartite.graphml"], "\(left)")
    }

    @Test("a report named as long as a file name may be is written whole, and one whose downloads' names are too long not at all")
    func reportLongNames() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table])
        // 235 bytes: the downloads' names (`NAME-institutions.graphml`) fit in 255; their
        // temporary files' names (`.NAME-institutions.graphml.instgraph-XXXXXX`) are cut short to fit.
        let page = String(repeating: "r", count: 230) + ".html"
        let written = try CommandRunner.run(["report", "data.csv", "-o", page, "--downloads", "beside"], in: folder)
        #expect(written.status == 0, "\(written.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains(page) && files.contains(String(repeating: "r", count: 230) + "-institutions.graphml"), "\(files)")
        #expect(files.count > 4 && !files.contains { $0.hasPrefix(".") }, "\(files)")

        // 243 bytes: the page's name fits, the two-mode GraphML's does not; every file was staged
        // side by side, and none is left.
        let other = try CommandRunner.folder(with: ["data.csv": Self.table])
        let long = String(repeating: "s", count: 238) + ".html"
        let refused = try CommandRunner.run(["report", "data.csv", "-o", long, "--downloads", "beside"], in: other)
        #expect(refused.status == 1 && refused.standardError.contains("-bipartite.graphml"), "\(refused.standardError)")
        #expect(refused.standardError.contains("choose a shorter -o name"), "\(refused.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: other.path)
        #expect(left == ["data.csv"], "\(left)")
    }

    @Test("control characters in names are shown, not sent to the terminal, in messages")
    func controlCharactersShown() throws {
        let folder = try CommandRunner.folder(with: ["data.csv": Self.table])
        let result = try CommandRunner.run(["render", "data.csv", "--highlight", "\u{1B}]0;owned\u{07}\u{1B}[2J", "-o", "x.svg"], in: folder)
        #expect(result.status != 0)
        #expect(!result.standardError.contains("\u{1B}") && !result.standardError.contains("\u{07}"))
        #expect(result.standardError.contains("\\u{1B}]0;owned\\u{7}\\u{1B}[2J"), "\(result.standardError)")
    }

    @Test("ids XML would write alike: export to GraphML refuses and writes nothing, JSON keeps both, the report leaves the XML files out")
    func idsXMLCannotKeepApart() throws {
        let table = "consortium,institution,role\nA,a\u{1}b,lead\nA,a\u{2}b,member\n"
        let folder = try CommandRunner.folder(with: ["data.csv": table])
        let refused = try CommandRunner.run(["export", "data.csv", "-o", "out.graphml"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("GraphML cannot keep the node ids 'i:a\\u{1}b' and 'i:a\\u{2}b' apart"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out.graphml").path))
        let json = try CommandRunner.run(["export", "data.csv", "-o", "out.json"], in: folder)
        #expect(json.status == 0, "\(json.standardError)")
        let report = try CommandRunner.run(["report", "data.csv", "-o", "r.html"], in: folder)
        #expect(report.status == 0, "\(report.standardError)")
        let page = try String(contentsOf: folder.appending(path: "r.html"), encoding: .utf8)
        #expect(page.contains("Left out: the GraphML and GEXF files") && !page.contains("data:application/xml"))
        #expect(page.contains("<section id=\"downloads\">"))
    }

    @Test("a named pipe is read to its end, like standard input")
    func namedPipeRead() throws {
        let folder = try CommandRunner.folder()
        let pipe = folder.appending(path: "members.csv").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(Data(Self.table.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CommandRunner.run(["summary", "members.csv", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("consortia,2"), "\(result.standardOutput)")
    }
}
