import Foundation
import InstitutionGraph
import Testing

/// Membership tables as programmes publish them: other delimiters, encodings and containers.
@Suite("Membership tables: delimiters and encodings")
struct TableDialectTests {
    static let rows = [["consortium", "institution", "role"], ["Alpha", "KAIST", "lead"], ["Alpha", "Nota; Inc.", "member"], ["Beta", "KAIST", "member"]]

    /// The table written with `delimiter`, quoting fields that hold it.
    static func table(_ delimiter: String) -> String {
        rows.map { row in row.map { $0.contains(delimiter) ? "\"\($0)\"" : $0 }.joined(separator: delimiter) }.joined(separator: "\n") + "\n"
    }

    @Test("the delimiter is sniffed from the header", arguments: [",", ";", "\t", "|"])
    func sniffed(delimiter: String) throws {
        let data = try loadDataset("m.csv", Self.table(delimiter)).dataset
        #expect(data.consortia.map(\.id) == ["Alpha", "Beta"])
        #expect(data.institutions.map(\.id) == ["KAIST", "Nota; Inc."])
        #expect(data.consortia[0].lead == 0)
    }

    @Test(".tsv is tab-separated; a given delimiter wins over sniffing")
    func tsvAndOverride() throws {
        let folder = try TemporaryFolder()
        let tsv = try DatasetLoader.load(contentsOf: folder.write("m.tsv", "consortium\tinstitution\nA\tX,Y\n"), displayPath: "m.tsv")
        #expect(tsv.dataset.institutions.map(\.id) == ["X,Y"])
        let given = try DatasetLoader.load(
            contentsOf: folder.write("p.csv", "consortium|institution|note,with,commas\nA|B,1|n\n"), displayPath: "p.csv",
            mapping: ColumnMapping(delimiter: .pipe))
        #expect(given.dataset.institutions.map(\.id) == ["B,1"])
    }

    @Test("a header split at the wrong delimiter says which it tried and which it suspects")
    func wrongDelimiter() {
        let folder = try? TemporaryFolder()
        #expect {
            try DatasetLoader.load(
                contentsOf: folder!.write("m.csv", "consortium;institution\nA;B\n"), displayPath: "m.csv",
                mapping: ColumnMapping(delimiter: .comma))
        } throws: { error in
            let message = (error as? DatasetLoadError)?.description ?? ""
            return message.hasPrefix("m.csv:1:1: error: no consortium column")
                && message.contains(
                    "the header was split at a comma ',' (given); it holds semicolons (';'): is the file semicolon-separated? give --delimiter ';'")
        }
    }

    @Test("UTF-16 with a byte-order mark is decoded, little- and big-endian", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let text = "컨소시엄\t기관명\t역할\r\n네이버 팀\t카이스트\t주관기관\r\n네이버 팀\t서울대학교\t참여기관\r\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let folder = try TemporaryFolder()
        let data = try DatasetLoader.load(contentsOf: folder.write("m.csv", bytes: bytes), displayPath: "m.csv").dataset
        #expect(data.institutions.map(\.id) == ["카이스트", "서울대학교"])
        #expect(data.consortia[0].lead == 0)
    }

    @Test("UTF-16 without a byte-order mark is decoded when its header is ASCII, little- and big-endian", arguments: [false, true])
    func unmarkedUTF16(bigEndian: Bool) throws {
        let text = "consortium,institution,role\n네이버 팀,카이스트,lead\n네이버 팀,서울대학교,member\n"
        let bytes: [UInt8] = text.utf16.flatMap { unit -> [UInt8] in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let folder = try TemporaryFolder()
        let data = try DatasetLoader.load(contentsOf: folder.write("m.csv", bytes: bytes), displayPath: "m.csv").dataset
        #expect(data.institutions.map(\.id) == ["카이스트", "서울대학교"])
        // A Hangul header has no zero bytes to tell UTF-16 by: the advice stays.
        let hangul: [UInt8] = "컨소시엄,기관\n가,나\n".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(loadErrors("k.csv", bytes: hangul).first?.message.hasSuffix("if it is UTF-16 text without a byte-order mark, save it as UTF-8") == true)
    }

    @Test("broken UTF-16 is reported, not read as garbage")
    func brokenUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(
            loadErrors("m.csv", bytes: bytes).map(\.description) == [
                "m.csv:1:2: error: invalid UTF-16 after 1 bytes of text (an unpaired surrogate or an odd byte); save the file as UTF-8"
            ])
    }

    @Test("a workbook or an old Excel file named .csv is said to be one")
    func containers() {
        #expect(
            loadErrors("m.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).map(\.description) == [
                "m.csv: error: this is a ZIP archive, such as an Excel workbook, not text; if it is a workbook, name it .xlsx or give --input-format xlsx"
            ])
        #expect(
            loadErrors("m.csv", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]).first?.message.hasPrefix(
                "this is an Excel 97–2003 (.xls) or a password-protected workbook") == true)
    }

    @Test("standard input's format is told from its content")
    func sniffedFormats() throws {
        let yaml = try DatasetLoader.load(
            bytes: Array("title: T\ninstitutions: [{id: a, name: A}]\nconsortia: [{id: c, name: C, members: [a]}]\n".utf8), displayPath: "<stdin>", format: nil)
        #expect(yaml.dataset.title.english == "T")
        let json = try DatasetLoader.load(
            bytes: Array(#"{"institutions": [{"id": "a", "name": "A"}], "consortia": [{"id": "c", "name": "C", "members": ["a"]}]}"#.utf8),
            displayPath: "<stdin>", format: nil)
        #expect(json.dataset.consortia.map(\.id) == ["c"])
        let csv = try DatasetLoader.load(bytes: Array("consortium;institution\nA;B: the lab\n".utf8), displayPath: "<stdin>", format: nil)
        #expect(csv.dataset.institutions.map(\.id) == ["B: the lab"])
        #expect(throws: DatasetLoadError.self) {
            try DatasetLoader.load(bytes: Array("<svg/>".utf8), displayPath: "<stdin>", format: nil)
        }
    }

    @Test("column options on a YAML dataset are refused, not ignored")
    func mappingOnYAML() {
        #expect {
            try DatasetLoader.load(bytes: Array("title: T\n".utf8), displayPath: "d.yaml", format: .yaml, mapping: ColumnMapping(roleColumns: ["r"]))
        } throws: { error in
            (error as? DatasetLoadError)?.description.contains("column mapping options apply to a membership table") == true
        }
    }
}

@Suite("Membership tables: Excel workbooks")
struct WorkbookTableTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appending(path: "xlsx")
    static let mapping = ColumnMapping(consortiumColumns: ["과제번호"], institutionIDColumns: ["사업자번호"], sheet: "참여기관")

    @Test("a sheet picked by name, its header below a blank row, ids kept as written, Korean kinds and roles")
    func members() throws {
        let loaded = try DatasetLoader.load(contentsOf: Self.folder.appending(path: "members.xlsx"), displayPath: "members.xlsx", mapping: Self.mapping)
        let data = loaded.dataset
        #expect(data.consortia.map(\.id) == ["1001", "1002"])
        #expect(data.institutions.map(\.id) == ["3148200000", "2208800000", "1198200000"])
        #expect(data.institutions[0].name.korean == "한국과학기술원")
        #expect(data.institutions[0].aliases == ["KAIST"])
        #expect(data.institutions.map(\.kind) == [.university, .company, .university])
        #expect(data.institutions.map { $0.attributes["지역"] } == ["대전", "서울", "서울"])
        #expect(data.consortia.map(\.lead) == [0, 2])
        #expect(
            loaded.warnings.map(\.description).contains {
                $0.hasPrefix("members.xlsx:참여기관!C3: warning: institution id '3148200000' is written with 2 names")
            })
    }

    @Test("standard input holding a workbook is read as one")
    func sniffed() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appending(path: "members.xlsx")))
        let data = try DatasetLoader.load(bytes: bytes, displayPath: "<stdin>", format: nil, mapping: Self.mapping).dataset
        #expect(data.membershipCount == 4)
    }

    @Test("errors point at the cell")
    func cellErrors() {
        #expect {
            try DatasetLoader.load(contentsOf: Self.folder.appending(path: "members-bad.xlsx"), displayPath: "members-bad.xlsx", mapping: Self.mapping)
        } throws: { error in
            (error as? DatasetLoadError)?.description
                == "members-bad.xlsx:참여기관!G8: error: this row has a value beyond the header's last column; give the column a header or delete the value"
        }
        #expect {
            try DatasetLoader.load(contentsOf: Self.folder.appending(path: "members.xlsx"), displayPath: "members.xlsx")
        } throws: { error in
            (error as? DatasetLoadError)?.errors.first?.description.hasSuffix(
                "(the header's columns: '이 파일은 참여기관 목록입니다'; the header is row 1 of sheet '안내' (the workbook's sheets: 안내, 참여기관; --sheet picks another))")
                == true
        }
    }
}
