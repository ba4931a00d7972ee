import Foundation

/// The bytes of an input file, checked to be UTF-8 text before any parser sees them.
struct InputText {
    /// The file as the user named it, used in diagnostics.
    let displayPath: String
    /// The text without a leading byte-order mark.
    let bytes: [UInt8]

    /// Reads and checks `url`.
    ///
    /// - Throws: ``DatasetLoadError`` for a missing or unreadable file, a binary file or invalid UTF-8.
    init(contentsOf url: URL, displayPath: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let location = SourceLocation(file: displayPath)
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                throw DatasetLoadError("no such file; check the path", at: location)
            }
            if isDirectory.boolValue {
                throw DatasetLoadError("is a directory; give the path of a .yaml, .json or .csv file", at: location)
            }
            throw DatasetLoadError("cannot be read: \(error.localizedDescription)", at: location)
        }
        try self.init(bytes: [UInt8](data), displayPath: displayPath)
    }

    /// Checks `bytes` that were read elsewhere (for example, compiled into the tool).
    init(bytes: [UInt8], displayPath: String) throws {
        self.displayPath = displayPath
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = text.prefix(65_536).firstIndex(of: 0) {
            throw DatasetLoadError(
                "this looks like a binary file (it holds a NUL byte), not YAML, JSON or CSV text",
                at: Self.location(ofByte: nul, in: text, file: displayPath))
        }
        if let invalid = Self.firstInvalidUTF8Byte(in: text) {
            throw DatasetLoadError(
                "invalid UTF-8 (byte 0x\(String(text[invalid], radix: 16, uppercase: true))); save the file as UTF-8",
                at: Self.location(ofByte: invalid, in: text, file: displayPath))
        }
        self.bytes = text
    }

    /// The text as a Swift string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line and column (in characters) of the byte at `offset` of `bytes`.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        // Columns count characters: every byte that does not continue a UTF-8 sequence starts one.
        let column = 1 + bytes[lineStart..<offset].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
