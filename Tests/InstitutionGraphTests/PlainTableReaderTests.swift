import Foundation
import Testing

@_spi(Testing) @testable import InstitutionGraph

/// The quick way through a plain table (``PlainTableReader``) against the full reader: the same
/// dataset and the same warnings, or the same errors, on every table.
@Suite("Membership tables: the quick reader agrees with the full one")
struct PlainTableReaderTests {
    /// What one way of loading gave: the dataset and warnings, or the error's lines.
    enum Outcome: Equatable {
        case loaded(Dataset, [String])
        case failed([String])
    }

    static func load(
        _ text: String, mapping: ColumnMapping = ColumnMapping(), checksQuality: Bool = false, quickly: Bool, chunks: Int? = nil
    ) -> Outcome {
        do {
            let loaded = try DatasetLoader.load(
                bytes: Array(text.utf8), displayPath: "t.csv", format: .csv, mapping: mapping, registry: nil,
                checksQuality: checksQuality, presets: { [] }, readsPlainTablesQuickly: quickly, plainTableChunks: chunks)
            return .loaded(loaded.dataset, loaded.warnings.map(\.description))
        } catch let error as DatasetLoadError {
            return .failed(error.diagnostics.map(\.description))
        } catch {
            return .failed(["\(error)"])
        }
    }

    /// Whether the quick reader takes `text` at all.
    static func takes(_ text: String, mapping: ColumnMapping = ColumnMapping()) throws -> Bool {
        let input = try InputText(bytes: Array(text.utf8), displayPath: "t.csv")
        if case .read = PlainTableReader.read(input, delimiter: nil, origin: "given", mapping: mapping, checksQuality: false) { return true }
        return false
    }

    @Test("a plain table goes the quick way, with the dataset the full reader makes")
    func plainTable() throws {
        let text = """
            consortium,institution,role,kind
            c1,KAIST,member,university
            c1,Naver Cloud,lead,company
            c2,KAIST,member,
            c2,서울대학교,lead,대학

            c3, ETRI ,participant,research
            """
        #expect(try Self.takes(text))
        let quick = Self.load(text, quickly: true)
        #expect(quick == Self.load(text, quickly: false))
        guard case .loaded(let data, let warnings) = quick else { Issue.record("not loaded: \(quick)"); return }
        #expect(data.consortia.map(\.id) == ["c1", "c2", "c3"])
        #expect(data.consortia[0].members.map(\.institution) == [1, 0], "the lead comes first")
        #expect(data.institutions.map(\.id) == ["KAIST", "Naver Cloud", "서울대학교", "ETRI"])
        #expect(data.institutions[2].name.korean == "서울대학교")
        #expect(warnings.isEmpty)
    }

    @Test(
        "tables the quick reader leaves to the full one",
        arguments: [
            "consortium,institution\n\"c1\",KAIST\n",  // a quoted field
            "consortium,institution\nc1,KAIST,extra\n",  // a row wider than the header
            "consortium,institution\n,KAIST\n",  // an empty consortium
            "consortium,institution,role\nc1,A,lead\nc1,B,lead\n",  // two leads
            "consortium,institution\nc1,A\nc1,A\n",  // an institution twice
            "consortium,institution,kind\nc1,A,company\nc2,A,university\n",  // two kinds
            "consortium,institution,country\nc1,A,KR\n",  // another column
            "consortium,institution\nc1,\u{212A}\nc2,K\n",  // names equal as Swift compares them
            "consortium,institution\nc1,\u{1100}\u{1161}\nc2,\u{AC00}\n",  // Hangul as jamo and as a syllable
            "consortium,institution\n",  // no rows
        ])
    func leftToTheFullReader(text: String) throws {
        #expect(try !Self.takes(text))
        #expect(Self.load(text, quickly: true) == Self.load(text, quickly: false))
    }

    @Test("with quality checks, the warnings are the full reader's: near-duplicate names and unstyled kinds, at each institution's first row")
    func qualityWarnings() throws {
        let text = "consortium,institution,kind\nc1,Korea University,university\nc2,Korea Univ.,university\nc2,Nota,startup\n"
        let quick = Self.load(text, checksQuality: true, quickly: true)
        #expect(quick == Self.load(text, checksQuality: true, quickly: false))
        guard case .loaded(_, let warnings) = quick else { Issue.record("not loaded: \(quick)"); return }
        #expect(warnings.contains { $0.hasPrefix("t.csv:4:4: warning: kind 'startup' of 'Nota'") }, "\(warnings)")
    }

    @Test("warnings about roles and kinds are the full reader's, with their lines and columns")
    func roleAndKindWarnings() throws {
        let text = "consortium,institution,role,kind\nc1,A,member,x1\nc1,B,chief,x2\nc2,A,chief,x1\n"
        let mapping = ColumnMapping(kindMap: ["x1": "university"])
        #expect(try Self.takes(text, mapping: mapping))
        let quick = Self.load(text, mapping: mapping, quickly: true)
        #expect(quick == Self.load(text, mapping: mapping, quickly: false))
        guard case .loaded(_, let warnings) = quick else { Issue.record("not loaded: \(quick)"); return }
        #expect(warnings.contains { $0.contains("t.csv:3:6") && $0.contains("'chief' (2 rows)") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("t.csv:3:12") && $0.contains("kind code 'x2'") }, "\(warnings)")
    }

    @Test("on random tables, plain and not, both ways agree", arguments: 0..<24)
    func randomTables(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 7919 &+ 17)
        var quickTaken = 0
        for _ in 0..<40 {
            let (text, mapping) = Self.randomTable(&random)
            if try Self.takes(text, mapping: mapping) { quickTaken += 1 }
            for checksQuality in [false, true] {
                let quick = Self.load(text, mapping: mapping, checksQuality: checksQuality, quickly: true)
                let full = Self.load(text, mapping: mapping, checksQuality: checksQuality, quickly: false)
                #expect(quick == full, "table (quality checks: \(checksQuality)):\n\(text)")
            }
        }
        #expect(quickTaken >= 8, "the quick reader took only \(quickTaken) of 40 tables; the comparison would test little")
    }

    @Test("scanned in stretches side by side, a table reads as in one: names numbered in order of first sight, kinds and roles joined, lines counted on")
    func stretches() throws {
        // Stretch boundaries fall after line feeds; with five stretches of these 11 lines, an
        // institution's kind, a role value and a kind code each first appear in a later one.
        let text = """
            consortium,institution,role,kind
            c1,A,lead,
            c1,B,member,university
            c2,C,member,
            c2,A,member,university

            c3,D,chief,x2
            c3,B,member,
            c4,E,observer,
            c4,A,member,
            c5,Korea Univ.,member,university
            c5,Korea University,lead,university
            """
        let mapping = ColumnMapping(skipRoles: ["observer"], kindMap: ["university": "university"])
        let whole = Self.load(text, mapping: mapping, checksQuality: true, quickly: true, chunks: 1)
        #expect(whole == Self.load(text, mapping: mapping, checksQuality: true, quickly: false))
        guard case .loaded(let data, let warnings) = whole else { Issue.record("not loaded: \(whole)"); return }
        #expect(data.institutions.map(\.id) == ["A", "B", "C", "D", "Korea Univ.", "Korea University"], "E's only row is skipped")
        #expect(warnings.contains { $0.hasPrefix("t.csv:7:6: warning: role 'chief' (1 row)") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("t.csv:7:12: warning: kind code 'x2'") }, "\(warnings)")
        for chunks in 2...12 {
            #expect(Self.load(text, mapping: mapping, checksQuality: true, quickly: true, chunks: chunks) == whole, "\(chunks) stretches")
        }
        // Two kinds for A, the second in a later stretch: the full reader warns where, either way.
        let conflicting = "consortium,institution,kind\nc1,A,company\nc1,B,university\nc2,C,university\nc2,A,university\n"
        let full = Self.load(conflicting, quickly: false)
        guard case .loaded(_, let kindWarnings) = full else { Issue.record("not loaded: \(full)"); return }
        #expect(kindWarnings.contains { $0.hasPrefix("t.csv:5:4: warning: 'A' has kind 'university' here but 'company' elsewhere") })
        for chunks in 1...5 { #expect(Self.load(conflicting, quickly: true, chunks: chunks) == full) }
    }

    @Test("on random tables, any number of stretches reads as the full reader does", arguments: 0..<12)
    func randomStretches(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 104_729 &+ 3)
        for _ in 0..<30 {
            let (text, mapping) = Self.randomTable(&random, rows: 0...30)
            let full = Self.load(text, mapping: mapping, checksQuality: true, quickly: false)
            for chunks in [2, 3, 7] {
                #expect(Self.load(text, mapping: mapping, checksQuality: true, quickly: true, chunks: chunks) == full, "\(chunks) stretches:\n\(text)")
            }
        }
    }

    @Test("tables longer than the reader's batches of rows: the same dataset, warnings and declines", arguments: 1...8)
    func longTables(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 7_919 &+ 11)
        var taken = 0
        for _ in 0..<12 {
            let (text, mapping) = Self.longTable(&random)
            if try Self.takes(text, mapping: mapping) { taken += 1 }
            let full = Self.load(text, mapping: mapping, checksQuality: true, quickly: false)
            for chunks in [1, 2, 5] {
                #expect(Self.load(text, mapping: mapping, checksQuality: true, quickly: true, chunks: chunks) == full, "\(chunks) stretches:\n\(text)")
            }
        }
        #expect(taken > 0, "the quick reader took none of the tables, so none tested its batches")
    }

    /// What a table read for its graph gives, as comparable values: the two-mode graph's arrays
    /// and who its nodes are, with the warnings; or the error's lines.
    enum GraphOutcome: Equatable {
        case graph(offsets: [Int32], targets: [Int32], consortia: [String], institutions: [String], kinds: [InstitutionKind?], warnings: [String])
        case failed([String])

        init(_ bipartite: BipartiteGraph, consortia: [String], institutions: [String], kinds: [InstitutionKind?], warnings: [Diagnostic]) {
            self = .graph(
                offsets: bipartite.graph.offsets, targets: bipartite.graph.targets, consortia: consortia, institutions: institutions,
                kinds: kinds, warnings: warnings.map(\.description))
        }
    }

    /// How a table is read for its graph: by the full reader, or for its graph alone from
    /// memory or from a file a window at a time.
    enum GraphReading {
        case full
        case memory(chunks: Int?)
        case file(chunks: Int?, windowBytes: Int)
    }

    /// `text` read for its graph alone, straight from the table or through the whole dataset;
    /// with `full`, what the full reader's dataset makes of it.
    static func graph(_ text: String, mapping: ColumnMapping, chunks: Int? = nil, full: Bool = false) -> (GraphOutcome, tookTable: Bool) {
        graph(Array(text.utf8), mapping: mapping, reading: full ? .full : .memory(chunks: chunks))
    }

    /// `bytes` read for their graph as `reading` says.
    static func graph(_ bytes: [UInt8], mapping: ColumnMapping, reading: GraphReading) -> (GraphOutcome, tookTable: Bool) {
        do {
            let input: LoadedGraphInput
            switch reading {
            case .full:
                input = .dataset(
                    try DatasetLoader.load(
                        bytes: bytes, displayPath: "t.csv", format: .csv, mapping: mapping, registry: nil, checksQuality: false,
                        presets: { [] }, readsPlainTablesQuickly: false))
            case .memory(let chunks):
                input = try DatasetLoader.loadGraph(
                    bytes: bytes, displayPath: "t.csv", format: .csv, mapping: mapping, presets: { [] }, plainTableChunks: chunks)
            case .file(let chunks, let windowBytes):
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("instgraph-windows-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let file = folder.appendingPathComponent("t.csv")
                try Data(bytes).write(to: file)
                input = try DatasetLoader.loadGraph(
                    contentsOf: file, displayPath: "t.csv", format: nil, mapping: mapping, presets: { [] }, plainTableChunks: chunks,
                    windowBytes: windowBytes)
            }
            switch input {
            case .table(let table, let warnings):
                return (
                    GraphOutcome(
                        table.bipartite, consortia: table.consortiumIDs, institutions: table.institutionIDs, kinds: table.institutionKinds,
                        warnings: warnings), true
                )
            case .dataset(let loaded):
                let data = loaded.dataset
                return (
                    GraphOutcome(
                        BipartiteGraph(data), consortia: data.consortia.map(\.id), institutions: data.institutions.map(\.id),
                        kinds: data.institutions.map(\.kind), warnings: loaded.warnings), false
                )
            }
        } catch let error as DatasetLoadError {
            return (.failed(error.diagnostics.map(\.description)), false)
        } catch {
            return (.failed(["\(error)"]), false)
        }
    }

    @Test(
        "read for its graph alone, a table gives the graph, ids, kinds, warnings, summary and shared institutions its dataset gives, plain or not",
        arguments: 0..<16)
    func graphAlone(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 6_271 &+ 5)
        var straight = 0
        for index in 0..<40 {
            let (text, mapping) = index.isMultiple(of: 4) ? Self.longTable(&random) : Self.randomTable(&random)
            let full = Self.graph(text, mapping: mapping, full: true).0
            let windowBytes = Int.random(in: 1...64, using: &random)
            let readings: [GraphReading] = [
                .memory(chunks: nil), .memory(chunks: 3), .file(chunks: nil, windowBytes: windowBytes), .file(chunks: 3, windowBytes: windowBytes),
            ]
            for reading in readings {
                let (alone, tookTable) = Self.graph(Array(text.utf8), mapping: mapping, reading: reading)
                #expect(alone == full, "\(reading):\n\(text)")
                if tookTable { straight += 1 }
            }
            try Self.expectSameCounts(text, mapping: mapping)
        }
        #expect(straight >= 16, "only \(straight) of 160 readings went straight to the graph; the comparison would test little")
    }

    @Test("read from a file a window at a time, awkward bytes give what the full reader gives, or its error")
    func windowedFile() throws {
        let rows = (0..<3_000).map { "c\($0 / 5),기관-\($0 % 701),\($0 % 5 == 0 ? "lead" : "member")\n" }.joined()
        let table = Array("consortium,institution,role\n\(rows)".utf8)
        let utf16 = Array("consortium,institution\nc1,A\nc1,B\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let cases: [(name: String, bytes: [UInt8], isPlain: Bool)] = [
            ("plain", table, true),
            ("a byte-order mark", [0xEF, 0xBB, 0xBF] + table, true),
            ("CRLF", Array(String(decoding: table, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8), true),
            ("no last line feed", table.dropLast(), true),
            ("blank lines", Array("consortium,institution\n\nc1,A\n\n\nc1,B\n\n".utf8), true),
            ("a line longer than a window", Array("consortium,institution\nc1,\(String(repeating: "long", count: 40))\nc2,A\n".utf8), true),
            ("UTF-16 with its mark", [0xFF, 0xFE] + utf16, false),
            ("UTF-16 without one", utf16, false),
            ("a NUL among the first 64 KiB", table.prefix(100) + [0] + table.dropFirst(100), false),
            ("a NUL further on", table + table.dropFirst(30).prefix(70_000) + [0] + Array(",x\n".utf8), false),
            ("invalid UTF-8 far into the file", table + Array("c9,".utf8) + [0xC3, 0x28] + Array("\n".utf8), false),
            ("only a header", Array("consortium,institution\n".utf8), false),
            ("nothing", [], false),
            ("a ZIP archive", [0x50, 0x4B, 0x03, 0x04] + table, false),
        ]
        for (name, bytes, isPlain) in cases {
            let full = Self.graph(bytes, mapping: ColumnMapping(), reading: .full).0
            for chunks in [nil, 2, 3] {
                for windowBytes in [1, 5, 4_096, 1 << 20] {
                    let (windowed, tookTable) = Self.graph(bytes, mapping: ColumnMapping(), reading: .file(chunks: chunks, windowBytes: windowBytes))
                    #expect(windowed == full, "\(name), \(chunks ?? 0) stretches, windows of \(windowBytes) bytes")
                    #expect(tookTable == isPlain, "\(name), \(chunks ?? 0) stretches, windows of \(windowBytes) bytes")
                }
            }
        }
    }

    /// A summary as comparable lines.
    static func lines(of summary: DatasetSummary) -> [String] {
        ["\(summary.consortia) \(summary.institutions) \(summary.memberships) \(summary.components) \(summary.sharedInstitutions)"]
            + summary.consortiumLines.map { "\($0.consortium) \($0.lead ?? -1) \($0.size) \($0.sharedMembers) \($0.component)" }
            + summary.institutionsByKind.map { "\($0.kind?.rawValue ?? "-") \($0.count)" }
    }

    /// When `text` goes straight to its graph: the title, summary and shared institutions the
    /// graph gives, and the overlapping pairs of consortia, are those of the dataset the full
    /// reader makes.
    static func expectSameCounts(_ text: String, mapping: ColumnMapping) throws {
        guard
            case .table(let table, _) = try? DatasetLoader.loadGraph(
                bytes: Array(text.utf8), displayPath: "t.csv", format: .csv, mapping: mapping, presets: { [] })
        else { return }
        let data = try DatasetLoader.load(
            bytes: Array(text.utf8), displayPath: "t.csv", format: .csv, mapping: mapping, registry: nil, checksQuality: false,
            presets: { [] }, readsPlainTablesQuickly: false
        ).dataset
        #expect(table.title == data.title)
        #expect(Self.lines(of: DatasetSummary(table)) == Self.lines(of: DatasetSummary(data)), "\(text)")
        for minimum in 1...3 {
            let shared = table.sharedInstitutionIndices(minimumConsortia: minimum).map {
                SharedInstitution(institution: $0, consortia: Array(table.consortia(ofInstitution: $0)))
            }
            #expect(shared == data.sharedInstitutions(minimumConsortia: minimum), "\(text)")
        }
        let everyPair = table.overlappingPairs()
        #expect(everyPair == data.overlappingPairs(), "\(text)")
        for measure in OverlapMeasure.allCases {
            #expect(table.overlapMatrix(measure, pairs: everyPair) == data.overlapMatrix(measure, pairs: everyPair), "\(text)")
            for (top, threads) in [(1, 1), (3, 2), (50, 3)] {
                #expect(
                    table.overlappingPairs(top: top, by: measure, threads: threads) == data.overlappingPairs(top: top, by: measure, threads: threads), "\(text)"
                )
            }
        }
    }

    @Test("read for its graph alone: the lead's place, a repeated member and a skipped role change nothing, and a broken table fails as it would")
    func graphAloneCases() throws {
        var mapping = ColumnMapping()
        mapping.skipRoles = ["observer"]
        let plain = "consortium,institution,role,kind\nc1,B,member,\nc1,A,lead,university\nc2,C,observer,\nc2,B,member,company\n"
        let (alone, tookTable) = Self.graph(plain, mapping: mapping)
        #expect(tookTable)
        #expect(alone == Self.graph(plain, mapping: mapping, full: true).0)
        // Consortia 0 and 1, then B, A (C's only row is skipped): c1 holds nodes 2 and 3, c2 node 2.
        #expect(
            alone
                == .graph(
                    offsets: [0, 2, 3, 5, 6], targets: [2, 3, 2, 0, 1, 0], consortia: ["c1", "c2"], institutions: ["B", "A"], kinds: [.company, .university],
                    warnings: []))
        let repeated = "consortium,institution\nc1,A\nc1,A\nc1,B\n"
        let (graph, straight) = Self.graph(repeated, mapping: ColumnMapping())
        #expect(!straight, "a repeated member is left to the full reader")
        #expect(graph == Self.graph(repeated, mapping: ColumnMapping(), full: true).0)
        let broken = "consortium,institution\nc1,\"A\n"
        let (failure, _) = Self.graph(broken, mapping: ColumnMapping())
        guard case .failed(let lines) = failure else { Issue.record("loaded: \(failure)"); return }
        #expect(failure == Self.graph(broken, mapping: ColumnMapping(), full: true).0)
        #expect(lines.first?.hasPrefix("t.csv:2:") == true, "\(lines)")
    }

    /// A table of up to 300 rows in runs by consortium, each member once, that the quick reader
    /// mostly takes; now and then, after the first batches, a row that it must warn about as the
    /// full reader does (a role no rule names) or hand back (a second kind, a repeated member).
    static func longTable(_ random: inout SeededRandom) -> (String, ColumnMapping) {
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
        let names = (0..<90).map { $0 % 3 == 0 ? "기관-\($0)" : "institution-\($0)" }
        let kinds = ["university", "company", "research"]
        var lines = ["consortium,institution,role,kind"]
        let rowCount = Int.random(in: 0...300, using: &random)
        var consortium = 0
        while lines.count <= rowCount {
            consortium += 1
            let members = names.shuffled(using: &random).prefix(Int.random(in: 1...12, using: &random))
            for (position, name) in members.enumerated() {
                let index = Int(name.split(separator: "-")[1])!
                var role = position == 0 && chance(80) ? "lead" : chance(10) ? "observer" : "member"
                var kind = chance(20) ? "" : kinds[index % 3]
                if lines.count > 40, chance(1) { role = "chief" }
                if lines.count > 40, chance(1) { kind = kinds[(index + 1) % 3] }
                lines.append("c\(consortium),\(name),\(role),\(kind)")
                if lines.count > 40, chance(1) { lines.append(lines[lines.count - 1]) }
            }
        }
        var mapping = ColumnMapping()
        mapping.skipRoles = ["observer"]
        return (lines.joined(separator: "\n") + "\n", mapping)
    }

    /// A small table with, now and then, each thing that sends it to the full reader or that
    /// the quick reader must do as the full one does.
    static func randomTable(_ random: inout SeededRandom, rows: ClosedRange<Int> = 0...9) -> (String, ColumnMapping) {
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
        let delimiter = pick([",", ";", "\t"])
        let withRole = chance(70)
        let withKind = chance(50)
        var header = [pick(["consortium", "컨소시엄"]), pick(["institution", "기관"])]
        if withRole { header.append(pick(["role", "역할"])) }
        if withKind { header.append("kind") }
        if chance(5) { header.append("country") }
        let names = ["KAIST", "Naver", "서울대", "\u{1109}\u{1165}\u{110B}\u{116E}\u{11AF}", "ETRI", "K", "\u{212A}", "LG AI"]
        let consortia = ["c1", "c2", "c3", "과제4"]
        let roles = ["lead", "member", "member", "member", "partner", "chief", "observer", "주관", ""]
        let kinds = ["university", "company", "대학", "x1", ""]
        var lines = [header.joined(separator: delimiter)]
        let rowCount = Int.random(in: rows, using: &random)
        var row = 0
        while row < rowCount {
            var cells = [pick(consortia), pick(names)]
            if withRole { cells.append(pick(roles)) }
            if withKind { cells.append(pick(kinds)) }
            if header.count > cells.count { cells.append("KR") }
            if chance(4) { cells[0] = "" }
            if chance(4) { cells[1] = " \(cells[1])\t" }
            if chance(3) { cells[1] = "\"\(cells[1])\"" }
            if chance(3) { cells.append("extra") }
            lines.append(cells.joined(separator: delimiter))
            if chance(5) { lines.append("") }
            row += 1
        }
        let newline = chance(20) ? "\r\n" : "\n"
        var text = lines.joined(separator: newline)
        if chance(80) { text += newline }
        var mapping = ColumnMapping()
        if chance(20) { mapping.skipRoles = ["observer"] }
        if chance(15) { mapping.memberRoles = ["member", "partner"] }
        if chance(15) { mapping.kindMap = ["x1": "university"] }
        if chance(10) { mapping.title = "Random" }
        return (text, mapping)
    }
}
