import Foundation

/// The bytes of an input file, checked to be UTF-8 text (or decoded to it from UTF-16) before any
/// parser sees them.
struct InputText {
    /// The file as the user named it, used in diagnostics.
    let displayPath: String
    /// The text without a leading byte-order mark.
    let bytes: [UInt8]

    /// Reads and checks `url`.
    ///
    /// - Throws: ``DatasetLoadError`` for a missing or unreadable file, a binary file or invalid UTF-8.
    init(contentsOf url: URL, displayPath: String) throws {
        try self.init(bytes: Self.read(url, displayPath: displayPath), displayPath: displayPath)
    }

    /// The bytes of the file at `url`, unchecked.
    ///
    /// - Throws: ``DatasetLoadError`` for a missing, unreadable or not regular file.
    static func read(_ url: URL, displayPath: String) throws -> [UInt8] {
        let location = SourceLocation(file: displayPath)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            throw DatasetLoadError("no such file; check the path", at: location)
        }
        if isDirectory.boolValue {
            throw DatasetLoadError(
                "is a folder; give the path of a dataset file (.yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf), or, to the commands on the institutions projection, a folder spark/instgraph_spark.py wrote (with nodes/ and edges/)",
                at: location)
        }
        // A named pipe, a device or a process substitution (`<(zcat data.csv.gz)`) is read to its
        // end like standard input; Foundation's file reading refuses them.
        var information = stat()
        if stat(url.path, &information) == 0, information.st_mode & S_IFMT != S_IFREG {
            return try readStream(url.path, location: location)
        }
        return try readRegularFile(url.path, size: Int(information.st_size), location: location)
    }

    /// The bytes of a regular file of `size` bytes, read straight into the array.
    private static func readRegularFile(_ path: String, size: Int, location: SourceLocation) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw DatasetLoadError("cannot be read: \(String(cString: strerror(errno)))", at: location) }
        defer { close(descriptor) }
        // An empty file starts from an empty array: made with no capacity, the initializer would
        // write its count into Swift's one shared empty array, a race between threads.
        var bytes = size > 0 ? try readInPlace(descriptor, size: size, location: location) : []
        // A file that grew since it was measured is read to its end.
        if bytes.count == size {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let read = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                if read < 0, errno == EINTR { continue }
                guard read >= 0 else { throw DatasetLoadError("cannot be read: \(String(cString: strerror(errno)))", at: location) }
                if read == 0 { break }
                bytes.append(contentsOf: chunk[..<read])
            }
        }
        return bytes
    }

    /// Up to `size` bytes (at least 1) of `descriptor`, read straight into a new array: fewer when
    /// the file ends first.
    private static func readInPlace(_ descriptor: Int32, size: Int, location: SourceLocation) throws -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            // A large file's buffer in 2 MiB pages where the kernel can: one page fault, not 512,
            // per 2 MiB read (a hint; nothing changes where it is not taken).
            if let base = buffer.baseAddress, size >= 1 << 22 {
                let hugePage = 1 << 21
                let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
                let end = (Int(bitPattern: base) + size) & ~(hugePage - 1)
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
            }
            while count < size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else {
                    failure = read < 0 ? errno : 0
                    return
                }
                count += read
            }
        }
        guard failure == 0 else { throw DatasetLoadError("cannot be read: \(String(cString: strerror(failure)))", at: location) }
        return bytes
    }

    /// Every byte a pipe, device or socket gives until its end.
    private static func readStream(_ path: String, location: SourceLocation) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw DatasetLoadError("cannot be read: \(String(cString: strerror(errno)))", at: location) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw DatasetLoadError("cannot be read: \(String(cString: strerror(errno)))", at: location) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Checks `bytes` that were read elsewhere (for example, compiled into the tool or read from
    /// standard input). UTF-16 is decoded to UTF-8: with a byte-order mark, or without one when
    /// the text starts with ASCII (a header row, an XML declaration).
    init(bytes: [UInt8], displayPath: String) throws {
        self.displayPath = displayPath
        let text: [UInt8]
        if let bigEndian = Self.utf16ByteOrder(of: bytes) {
            text = try Self.utf8(fromUTF16: bytes.dropFirst(2), bigEndian: bigEndian, file: displayPath)
        } else if let bigEndian = Self.unmarkedUTF16ByteOrder(of: bytes) {
            text = try Self.utf8(fromUTF16: bytes[...], bigEndian: bigEndian, file: displayPath)
        } else {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            text = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes
        }
        if let container = BinaryContainer(sniffing: text) {
            throw DatasetLoadError(container.advice, at: SourceLocation(file: displayPath))
        }
        if let nul = text.prefix(65_536).firstIndex(of: 0) {
            throw DatasetLoadError(
                "this looks like a binary file (it holds a NUL byte), not text; if it is UTF-16 text without a byte-order mark, save it as UTF-8",
                at: Self.location(ofByte: nul, in: text, file: displayPath))
        }
        if let invalid = Self.firstInvalidUTF8Byte(in: text) {
            throw DatasetLoadError(
                "invalid UTF-8 (byte 0x\(String(text[invalid], radix: 16, uppercase: true))); save the file as UTF-8 (from Excel: 'CSV UTF-8'; a Korean Windows CSV is often CP949/EUC-KR: `iconv -f CP949 -t UTF-8` converts it)",
                at: Self.location(ofByte: invalid, in: text, file: displayPath))
        }
        self.bytes = text
    }

    /// Whether `bytes` (a file's first bytes, 16 or more) are read as UTF-16 and decoded, marked
    /// or not.
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        utf16ByteOrder(of: bytes) != nil || unmarkedUTF16ByteOrder(of: bytes) != nil
    }

    /// `true` for UTF-16 big-endian, `false` for little-endian, `nil` without a UTF-16 byte-order mark.
    private static func utf16ByteOrder(of bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFE, 0xFF]) { return true }
        if bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return false }
        return nil
    }

    /// The byte order of UTF-16 written without a byte-order mark (as some Windows tools save
    /// "Unicode text"), told by its first 8 code units all being ASCII: one byte of each is 0,
    /// always on the same side. `nil` when the bytes do not look so.
    private static func unmarkedUTF16ByteOrder(of bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(16)
        guard sample.count == 16 else { return nil }
        var bigEndian = true, littleEndian = true
        for index in stride(from: sample.startIndex, to: sample.endIndex, by: 2) {
            let (first, second) = (sample[index], sample[index + 1])
            bigEndian = bigEndian && first == 0 && second != 0 && second < 0x80
            littleEndian = littleEndian && second == 0 && first != 0 && first < 0x80
        }
        return bigEndian ? true : littleEndian ? false : nil
    }

    /// UTF-16 code units from `bytes`, transcoded to UTF-8.
    private static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count * 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { utf8.append($0) }
        if failed || bytes.count % 2 != 0 {
            throw DatasetLoadError(
                "invalid UTF-16 after \(utf8.count) bytes of text (an unpaired surrogate or an odd byte); save the file as UTF-8",
                at: location(ofByte: utf8.count, in: utf8, file: file))
        }
        return utf8
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
        bytes.withUnsafeBufferPointer(firstInvalidUTF8Byte)
    }

    /// The offset in `buffer` of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8Byte(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(buffer)
        var offset = 0
        while offset < buffer.count {
            // ASCII, most of any table, is skipped eight bytes at a time.
            if offset + 8 <= buffer.count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                offset += 8
                continue
            }
            if buffer[offset] < 0x80 {
                offset += 1
                continue
            }
            var decoder = UTF8()
            var iterator = buffer[offset...].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return offset }
            offset += UTF8.width(scalar)
        }
        return nil
    }
}
