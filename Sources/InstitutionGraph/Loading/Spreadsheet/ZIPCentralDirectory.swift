/// The table of contents of a ZIP archive held in memory (its central directory): each entry's
/// name, compression, checksum, sizes and where its data lies, every offset checked against the
/// archive's bounds.
///
/// ZIPFoundation's `Archive(data:accessMode:)` seeks wherever a damaged directory points and traps
/// there, as its in-memory file does not bound offsets, and `extract` reads past an entry's data
/// for as long as a damaged deflate stream asks. Reading the directory here keeps a damaged or
/// hostile workbook an error, not a crash or a hang (see APPNOTE.TXT, sections 4.3 and 4.5, for
/// the layout).
struct ZIPCentralDirectory {
    /// One file in the archive.
    struct Entry {
        /// The compression method: 0 stored, 8 deflated.
        let method: UInt16
        /// Whether the entry is encrypted with ZIP's own encryption.
        let isEncrypted: Bool
        /// The CRC-32 of the unpacked data.
        let checksum: UInt32
        /// Where the entry's (compressed) data lies in the archive.
        let data: Range<Int>
        /// The unpacked size the directory claims.
        let uncompressedSize: UInt64
    }

    /// Why an archive cannot be read.
    enum Failure: Error {
        /// There is no end-of-central-directory record: the bytes are not a ZIP archive.
        case notZIP
        /// The archive's structure points outside itself or has the wrong signatures.
        case damaged
    }

    /// Every entry by its path; when a path repeats, the first entry.
    let entries: [String: Entry]

    /// Reads the central directory of the archive in `bytes`.
    ///
    /// - Throws: ``Failure/notZIP`` without an end-of-central-directory record, ``Failure/damaged``
    ///   when a record is out of bounds or does not start with its signature.
    /// - Complexity: O(n) in the size of the directory (and of the last 64 KiB, searched for its end).
    init(_ bytes: [UInt8]) throws(Failure) {
        let reader = LittleEndianReader(bytes: bytes)
        let end = try Self.endRecord(in: reader)
        var (count, offset) = (UInt64(try reader.uint16(at: end + 10)), UInt64(try reader.uint32(at: end + 16)))
        if count == 0xFFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points to the ZIP64 end record.
            guard try reader.uint32(at: end - 20) == 0x0706_4B50 else { throw .damaged }
            let record = try reader.offset(reader.uint64(at: end - 12))
            guard try reader.uint32(at: record) == 0x0606_4B50 else { throw .damaged }
            (count, offset) = (try reader.uint64(at: record + 32), try reader.uint64(at: record + 48))
        }
        var entries: [String: Entry] = [:]
        var position = try reader.offset(offset)
        for _ in 0..<count {
            guard try reader.uint32(at: position) == 0x0201_4B50 else { throw .damaged }
            let nameLength = Int(try reader.uint16(at: position + 28))
            let extraLength = Int(try reader.uint16(at: position + 30))
            let commentLength = Int(try reader.uint16(at: position + 32))
            let name = try reader.bytes(at: position + 46, count: nameLength)
            var sizes = Sizes(
                compressed: UInt64(try reader.uint32(at: position + 20)),
                uncompressed: UInt64(try reader.uint32(at: position + 24)),
                localHeader: UInt64(try reader.uint32(at: position + 42)))
            try sizes.applyZIP64(reader.bytes(at: position + 46 + nameLength, count: extraLength))
            let entry = Entry(
                method: try reader.uint16(at: position + 10),
                isEncrypted: try reader.uint16(at: position + 8) & 1 == 1,
                checksum: try reader.uint32(at: position + 16),
                data: try Self.dataRange(localHeader: reader.offset(sizes.localHeader), compressedSize: sizes.compressed, in: reader),
                uncompressedSize: sizes.uncompressed)
            let path = String(decoding: name, as: UTF8.self)
            if entries[path] == nil { entries[path] = entry }
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The offset of the end-of-central-directory record: the last signature among the final
    /// 22 bytes and the longest comment that may follow them.
    private static func endRecord(in reader: LittleEndianReader) throws(Failure) -> Int {
        let last = reader.bytes.count - 22
        guard last >= 0 else { throw .notZIP }
        for offset in stride(from: last, through: max(0, last - 0xFFFF), by: -1) {
            if try reader.uint32(at: offset) == 0x0605_4B50 { return offset }
        }
        throw .notZIP
    }

    /// Where an entry's data lies, after its local header (whose name and extra field may differ
    /// in length from the directory's).
    private static func dataRange(localHeader: Int, compressedSize: UInt64, in reader: LittleEndianReader) throws(Failure) -> Range<Int> {
        guard try reader.uint32(at: localHeader) == 0x0403_4B50 else { throw .damaged }
        let start = localHeader + 30 + Int(try reader.uint16(at: localHeader + 26)) + Int(try reader.uint16(at: localHeader + 28))
        let size = try reader.offset(compressedSize)
        guard start <= reader.bytes.count, size <= reader.bytes.count - start else { throw .damaged }
        return start..<(start + size)
    }

    /// An entry's sizes and local header offset, which a ZIP64 extra field overrides where the
    /// directory holds 0xFFFFFFFF.
    private struct Sizes {
        var compressed: UInt64
        var uncompressed: UInt64
        var localHeader: UInt64

        /// Takes the values of the ZIP64 extra field (header id 1) in `extra`, if there is one:
        /// 8 bytes for each field that is 0xFFFFFFFF, in the order uncompressed, compressed, offset.
        mutating func applyZIP64(_ extra: ArraySlice<UInt8>) throws(Failure) {
            let reader = LittleEndianReader(bytes: Array(extra))
            var field = 0
            while field + 4 <= reader.bytes.count {
                let (id, size) = (try reader.uint16(at: field), Int(try reader.uint16(at: field + 2)))
                if id == 1 {
                    var value = field + 4
                    for keyPath in [\Sizes.uncompressed, \Sizes.compressed, \Sizes.localHeader] where self[keyPath: keyPath] == 0xFFFF_FFFF {
                        guard value + 8 <= field + 4 + size else { throw .damaged }
                        self[keyPath: keyPath] = try reader.uint64(at: value)
                        value += 8
                    }
                    return
                }
                field += 4 + size
            }
        }
    }

    /// Reads little-endian integers from bytes, failing instead of reading out of bounds.
    private struct LittleEndianReader {
        let bytes: [UInt8]

        func bytes(at offset: Int, count: Int) throws(Failure) -> ArraySlice<UInt8> {
            guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { throw .damaged }
            return bytes[offset..<(offset + count)]
        }

        func uint16(at offset: Int) throws(Failure) -> UInt16 { UInt16(try integer(at: offset, width: 2)) }
        func uint32(at offset: Int) throws(Failure) -> UInt32 { UInt32(try integer(at: offset, width: 4)) }
        func uint64(at offset: Int) throws(Failure) -> UInt64 { try integer(at: offset, width: 8) }

        /// A 64-bit size or offset as an `Int`, when it can lie inside the archive at all.
        func offset(_ value: UInt64) throws(Failure) -> Int {
            guard value <= UInt64(bytes.count) else { throw .damaged }
            return Int(value)
        }

        private func integer(at offset: Int, width: Int) throws(Failure) -> UInt64 {
            try bytes(at: offset, count: width).reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
    }
}
