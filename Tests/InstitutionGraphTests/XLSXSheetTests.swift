import Foundation
@testable import InstitutionGraph
import Testing
import ZIPFoundation

/// The `.xlsx` fixtures, made by `Fixtures/xlsx/make_xlsx_fixtures.py`.
enum XLSXFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try [UInt8](Data(contentsOf: folder.appending(path: "xlsx/\(name)")))
    }

    /// The sheet `sheet` of the fixture `name`, whose errors call it `book.xlsx`.
    static func sheet(_ name: String, _ sheet: String? = nil) throws -> XLSXSheet {
        try XLSXSheet(bytes: bytes(name), displayPath: "book.xlsx", sheet: sheet)
    }

    /// A one-sheet workbook whose sheet part is `sheetXML`, zipped in memory.
    static func workbook(sheetXML: String) throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            (
                "xl/workbook.xml",
                #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try [UInt8](#require(archive.data))
    }

    /// The error reading `name` gives, as `file: error: message`.
    static func error(_ name: String, _ sheet: String? = nil) throws -> String {
        let bytes = try bytes(name)
        let error = #expect(throws: DatasetLoadError.self) {
            try XLSXSheet(bytes: bytes, displayPath: "book.xlsx", sheet: sheet)
        }
        return error?.description ?? ""
    }
}

@Suite("Reading XLSX sheets")
struct XLSXSheetTests {
    @Test("a workbook from openpyxl: shared strings, numbers, dates, booleans, errors and gaps")
    func openpyxlWorkbook() throws {
        let sheet = try XLSXFixture.sheet("types.xlsx")
        #expect(sheet.name == "Sheet1")
        #expect(sheet.sheetNames == ["Sheet1", "참여기관", "\"A&B\" <팀> 😀"])
        #expect(sheet.rows.map(\.row) == [1, 2, 3, 4, 5, 7])
        #expect(
            sheet.rows.map(\.cells) == [
                ["consortium", "institution", "PIC", "budget", "since", "meeting", "active"],
                ["LG AI연구원", "한국과학기술원", "999993953", "12.75", "2025-08-04", "2025-08-04T09:30:15", "TRUE"],
                ["SKT", "Seoul National University", "1000000000", "0.1", "1900-03-01", "2024-02-29T23:59:59", "FALSE"],
                ["Upstage", "", "#N/A", "-3.5", "1e-07"],
                ["2025-01-02", "2025-01-01", "7", "2025-01-01T12:00:00"],
                ["", "", "", "", "", "far"],
            ])
    }

    @Test("a sheet chosen by its Korean name starts at its first non-empty row")
    func koreanSheet() throws {
        let sheet = try XLSXFixture.sheet("types.xlsx", "참여기관")
        #expect(sheet.name == "참여기관")
        #expect(sheet.rows.map(\.row) == [3, 4, 6])
        #expect(sheet.rows.map(\.cells) == [["", "기관명", "역할"], ["", "네이버클라우드", "주관"], ["서울대학교 산학협력단"]])
    }

    @Test("a sheet name in other letter case finds the sheet, as in Excel")
    func caseInsensitiveName() throws {
        #expect(try XLSXFixture.sheet("types.xlsx", "SHEET1").name == "Sheet1")
    }

    @Test("quotes, angle brackets, ampersands, emoji and line breaks come out exactly, entities decoded once")
    func hostileText() throws {
        let sheet = try XLSXFixture.sheet("types.xlsx", "\"A&B\" <팀> 😀")
        #expect(sheet.name == "\"A&B\" <팀> 😀")
        #expect(sheet.rows.map(\.cells) == [["He said \"hi\" & <left>"], ["tab\there\nnew line"], ["🇰🇷 한글 &amp; literal"]])
    }

    @Test("a hand-built workbook: prefixes, inline strings, cells without references, escapes, 1904 dates")
    func handmadeWorkbook() throws {
        let sheet = try XLSXFixture.sheet("handmade.xlsx")
        #expect(sheet.sheetNames == ["Handmade"])
        #expect(sheet.rows.map(\.row) == [1, 2, 4])
        #expect(
            sheet.rows.map(\.cells) == [
                ["inline <b> & \"q\"", "rich runs", "formula result", "1000000000"],
                ["공유", "", "東京 大学", "#DIV/0!"],
                ["bell\u{7} cr\r lit_x0041_ e😀 \n", "1904-01-01", "1904-01-02T12:00:00", "TRUE", "", "2025-08-04", "2025-08-04T09:30:00"],
            ])
    }

    @Test("a missing sheet names the sheets there are and the closest one")
    func missingSheet() throws {
        #expect(
            try XLSXFixture.error("types.xlsx", "sheet 1")
                == "book.xlsx: error: no sheet named 'sheet 1' in book.xlsx; its sheets are: Sheet1, 참여기관, \"A&B\" <팀> 😀; did you mean 'Sheet1'?")
        #expect(
            try XLSXFixture.error("types.xlsx", "Members")
                == "book.xlsx: error: no sheet named 'Members' in book.xlsx; its sheets are: Sheet1, 참여기관, \"A&B\" <팀> 😀")
    }

    @Test(
        "files that are not readable workbooks say what they are and what to do",
        arguments: [
            (
                "not-a-zip.xlsx",
                "book.xlsx: error: this is not an Excel .xlsx workbook (it is not a ZIP archive); if it is a CSV file, name it .csv; otherwise open it in Excel and save it as .xlsx or CSV UTF-8"
            ),
            (
                "no-workbook.xlsx",
                "book.xlsx: error: this is a ZIP archive, not an Excel .xlsx workbook (it has no xl/workbook.xml); open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8"
            ),
            (
                "old-excel.xlsx",
                "book.xlsx: error: this is an old Excel 97-2003 workbook (.xls) or a password-protected .xlsx, not an .xlsx workbook; open it in Excel, remove any password and save it as .xlsx or CSV UTF-8"
            ),
            (
                "encrypted.xlsx",
                "book.xlsx: error: this workbook is password-protected (encrypted), so it cannot be read; open it in Excel, remove the password and save it as .xlsx or CSV UTF-8"
            ),
            ("no-sheets.xlsx", "book.xlsx: error: the workbook has no sheets; open it in Excel, put the table on a sheet and save it again"),
            (
                "cut-short.xlsx",
                "book.xlsx: error: the file is cut short (it starts as a ZIP archive but has no ZIP directory at its end); copy it again, or open it in Excel and save it again"
            ),
            (
                "bad-offset.xlsx",
                "book.xlsx: error: the file is damaged (its ZIP directory points outside the file), perhaps cut short while copying; copy it again, or open it in Excel and save it again"
            ),
            (
                "endless-deflate.xlsx",
                "book.xlsx: error: xl/worksheets/sheet1.xml cannot be unpacked: its compressed data is damaged; copy the file again, or open it in Excel and save it again"
            ),
        ])
    func unreadableFiles(file: String, expected: String) throws {
        #expect(try XLSXFixture.error(file) == expected)
    }

    @Test("damaged copies of a workbook read or fail with an error naming the file, never crash or hang", arguments: ["types.xlsx", "handmade.xlsx"])
    func damagedCopies(name: String) throws {
        let original = try XLSXFixture.bytes(name)
        var random = SeededRandom(seed: 20_250_804)
        for round in 0..<1_000 {
            var bytes = original
            if round.isMultiple(of: 10) {
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &random))
            } else {
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    bytes[Int.random(in: bytes.indices, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
                }
            }
            do {
                _ = try XLSXSheet(bytes: bytes, displayPath: "book.xlsx", sheet: nil)
            } catch let error as DatasetLoadError {
                #expect(error.description.hasPrefix("book.xlsx"), "copy \(round): \(error)")
            }
        }
    }

    @Test("broken sheet XML names the part, and the sheet")
    func brokenSheet() throws {
        let error = try XLSXFixture.error("broken-sheet.xlsx")
        #expect(error.hasPrefix("book.xlsx:Sheet1: error: xl/worksheets/sheet1.xml is not well-formed XML (line "))
        #expect(error.hasSuffix("); the workbook is damaged: open it in Excel and save it again, or save the sheet as CSV UTF-8"))
    }

    @Test("a part that would unpack to over 200 times the file is refused as a ZIP bomb")
    func zipBomb() throws {
        #expect(
            try XLSXFixture.error("bomb.xlsx")
                == "book.xlsx: error: xl/worksheets/sheet1.xml unpacks to 2.9 MiB from a file of 4.3 KiB, more than the limit of 864.6 KiB (1 GiB, or 200 times the file); this looks like a ZIP bomb, so it is not read. If the workbook is genuine, save the sheet as CSV UTF-8 and load that"
        )
    }

    @Test("a ZIP bomb whose headers claim a small size is stopped while it unpacks")
    func lyingZipBomb() throws {
        #expect(
            try XLSXFixture.error("lying-bomb.xlsx")
                == "book.xlsx: error: xl/worksheets/sheet1.xml unpacks to more than 864.6 KiB from a file of 4.3 KiB, more than the limit of 864.6 KiB (1 GiB, or 200 times the file); this looks like a ZIP bomb, so it is not read. If the workbook is genuine, save the sheet as CSV UTF-8 and load that"
        )
    }
}

@Suite("Reading large XLSX sheets")
struct XLSXLargeSheetTests {
    /// A sheet of `rows` rows, about 100 bytes each.
    static func sheetXML(rows: Int) -> String {
        var xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for row in 1...rows {
            xml += #"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>기관 \#(row)</t></is></c><c r="B\#(row)"><v>\#(row)</v></c></row>"#
        }
        return xml + "</sheetData></worksheet>"
    }

    @Test("a sheet part over 10 MB, past libxml2's default limits, reads whole")
    func overTenMegabytes() throws {
        let xml = Self.sheetXML(rows: 130_000)
        #expect(xml.utf8.count > 10_000_000)
        let sheet = try XLSXSheet(bytes: XLSXFixture.workbook(sheetXML: xml), displayPath: "big.xlsx", sheet: nil)
        #expect(sheet.rows.count == 130_000)
        #expect(sheet.rows.last?.row == 130_000)
        #expect(sheet.rows.last?.cells == ["기관 130000", "130000"])
    }

    @Test("a processing instruction without data in a sheet is passed over; entities and deep nesting are refused")
    func hostileSheetXML() throws {
        let rows = Self.sheetXML(rows: 2)
        let sheet = try XLSXSheet(bytes: XLSXFixture.workbook(sheetXML: "<?l?>" + rows), displayPath: "pi.xlsx", sheet: nil)
        #expect(sheet.rows.map(\.cells) == [["기관 1", "1"], ["기관 2", "2"]])
        let entity = "<!DOCTYPE worksheet [<!ENTITY e \"x\">]>" + rows
        let deep = rows.replacingOccurrences(
            of: "<sheetData>", with: "<sheetData>" + String(repeating: "<x>", count: 300) + String(repeating: "</x>", count: 300))
        for (name, xml) in [("entity", entity), ("deep", deep)] {
            let error = #expect(throws: DatasetLoadError.self, "\(name)") {
                try XLSXSheet(bytes: XLSXFixture.workbook(sheetXML: xml), displayPath: "\(name).xlsx", sheet: nil)
            }
            #expect(error?.description.hasPrefix("\(name).xlsx:Sheet1: error: xl/worksheets/sheet1.xml is not well-formed XML (line 1, column ") == true)
        }
    }

    @Test("a sheet part over 10 MB cut short is still an error")
    func overTenMegabytesCutShort() throws {
        let xml = String(Self.sheetXML(rows: 130_000).dropLast(30))
        let bytes = try XLSXFixture.workbook(sheetXML: xml)
        let error = #expect(throws: DatasetLoadError.self) {
            try XLSXSheet(bytes: bytes, displayPath: "big.xlsx", sheet: nil)
        }
        #expect(error?.description.hasPrefix("big.xlsx:Sheet1: error: xl/worksheets/sheet1.xml is not well-formed XML") == true)
    }
}

@Suite("XLSX cell values")
struct XLSXCellValueTests {
    @Test(
        "serial dates in the 1900 system, with Excel's fake 1900-02-29",
        arguments: [
            (1.0, "1900-01-01"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"),
            (25_569, "1970-01-01"), (45_873, "2025-08-04"), (45_873.75, "2025-08-04T18:00:00"),
            (2_958_465, "9999-12-31"), (0.5, "12:00:00"), (44_926.999_999_9, "2023-01-01"),
        ])
    func dates1900(serial: Double, expected: String) {
        #expect(ExcelSerialDate.isoText(serial: serial, system: .from1900) == expected)
    }

    @Test("serial dates in the 1904 system")
    func dates1904() {
        #expect(ExcelSerialDate.isoText(serial: 0, system: .from1904) == "1904-01-01")
        #expect(ExcelSerialDate.isoText(serial: 44_411, system: .from1904) == "2025-08-04")
    }

    @Test("serials Excel cannot show as dates read as numbers")
    func notDates() {
        #expect(ExcelSerialDate.isoText(serial: -1, system: .from1900) == nil)
        #expect(ExcelSerialDate.isoText(serial: 2_958_466, system: .from1900) == nil)
        #expect(ExcelSerialDate.isoText(serial: .nan, system: .from1900) == nil)
    }

    @Test(
        "date formats: built-in ids and tokens outside quotes, escapes and brackets",
        arguments: [
            ("yyyy-mm-dd", true), ("d/m/yy h:mm", true), ("[h]:mm:ss", true), ("[ss]", true),
            ("yyyy\"년\" m\"월\" d\"일\"", true), ("[$-412]AM/PM h:mm", true),
            ("General", false), ("0 \"days\"", false), ("#,##0.00_s", false), ("[Red]0.00", false), ("\\d0", false), ("@", false),
        ])
    func dateFormatCodes(code: String, isDate: Bool) {
        #expect(ExcelNumberFormat.isDate(formatCode: code) == isDate)
    }

    @Test("built-in date formats include the East Asian ones")
    func builtInDateFormats() {
        #expect([14, 22, 31, 45, 47, 57].allSatisfy(ExcelNumberFormat.isDate(builtIn:)))
        #expect(![0, 1, 2, 9, 13, 23, 37, 44, 49, 59].contains(where: ExcelNumberFormat.isDate(builtIn:)))
    }

    @Test(
        "numbers read as a user sees them",
        arguments: [
            ("999993953", "999993953"), ("1.0E+9", "1000000000"), ("9.99993953E8", "999993953"), ("-0", "0"),
            ("12.75", "12.75"), ("0.1", "0.1"), ("1e-07", "1e-07"), ("123456789012345", "123456789012345"),
            ("1E+16", "1e+16"), ("0.30000000000000004", "0.30000000000000004"), ("007", "7"), ("not a number", "not a number"),
        ])
    func numbers(raw: String, expected: String) {
        #expect(ExcelNumberText.text(raw) == expected)
    }

    @Test(
        "_xHHHH_ escapes decode once; malformed ones stay as written",
        arguments: [
            ("a_x000D_b", "a\rb"), ("_x005F_x0041_", "_x0041_"), ("_xD83D__xDE00_", "😀"), ("_xD83D_", "_xD83D_"),
            ("_x00G1_", "_x00G1_"), ("_x41_", "_x41_"), ("plain", "plain"), ("한_x0009_글", "한\t글"),
        ])
    func escapes(escaped: String, expected: String) {
        #expect(XLSXEscapes.decode(escaped) == expected)
    }

    @Test("cell references inside Excel's grid")
    func cellReferences() {
        #expect(CellReference("C12").map { [$0.column, $0.row] } == [3, 12])
        #expect(CellReference("xfd1048576").map { [$0.column, $0.row] } == [16_384, 1_048_576])
        #expect(CellReference("AA1")?.column == 27)
        for outside in ["XFE1", "A0", "A1048577", "ABCD1", "1A", "A", "A99999999999999999999999", "A+1", "Ä1", ""] {
            #expect(CellReference(outside) == nil, "\(outside)")
        }
    }
}
