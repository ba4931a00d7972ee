import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx workbook: its parts by path, each unpacked in memory on request.
///
/// Unpacking is guarded against ZIP bombs: no part may grow past ``maxPartSize`` or past
/// ``maxExpansion`` times the size of the whole file, whatever its header claims.
struct XLSXPackage {
    /// The most any one part may unpack to: 1 GiB.
    static let maxPartSize: UInt64 = 1 << 30
    /// How many times the file's size a part may unpack to.
    static let maxExpansion: UInt64 = 200

    /// The file as the user named it, used in diagnostics.
    let displayPath: String
    private let archive: Archive
    private let entries: [String: Entry]
    private let fileSize: UInt64

    /// Opens the ZIP archive in `bytes`.
    ///
    /// - Throws: ``DatasetLoadError`` when `bytes` are not a ZIP archive, with a hint for the
    ///   usual culprits: an old `.xls` workbook or a password-protected one.
    init(bytes: [UInt8], displayPath: String) throws(DatasetLoadError) {
        let location = SourceLocation(file: displayPath)
        if bytes.starts(with: Self.compoundFileSignature) {
            if Self.contains(Self.encryptedPackageStream, in: bytes) {
                throw DatasetLoadError(
                    "this workbook is password-protected (encrypted), so it cannot be read; open it in Excel, remove the password and save it as .xlsx or CSV UTF-8",
                    at: location)
            }
            throw DatasetLoadError(
                "this is an old Excel 97-2003 workbook (.xls) or a password-protected .xlsx, not an .xlsx workbook; open it in Excel, remove any password and save it as .xlsx or CSV UTF-8",
                at: location)
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        } catch {
            throw DatasetLoadError(
                "this is not an Excel .xlsx workbook (it is not a ZIP archive); if it is a CSV file, name it .csv; otherwise open it in Excel and save it as .xlsx or CSV UTF-8",
                at: location)
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entries[entry.path] == nil {
            entries[entry.path] = entry
        }
        self.displayPath = displayPath
        self.archive = archive
        self.entries = entries
        self.fileSize = UInt64(bytes.count)
    }

    /// Whether the package holds a part at `path` (such as `xl/workbook.xml`).
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The unpacked bytes of the part at `path`, or `nil` when there is no such part.
    ///
    /// - Throws: ``DatasetLoadError`` when the part would unpack past the size limit, or its
    ///   compressed data is damaged.
    /// - Complexity: O(n) in the part's unpacked size, which is also the memory it takes.
    func read(_ path: String) throws(DatasetLoadError) -> Data? {
        guard let entry = entries[path] else { return nil }
        let limit = min(Self.maxPartSize, Self.maxExpansion * fileSize)
        guard entry.uncompressedSize <= limit else { throw tooLarge(path, size: entry.uncompressedSize, limit: limit) }
        var data = Data(capacity: Int(entry.uncompressedSize))
        do {
            let checksum = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                guard UInt64(data.count + chunk.count) <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch is PartTooLarge {
            throw tooLarge(path, size: nil, limit: limit)
        } catch {
            throw DatasetLoadError(
                "\(path) cannot be unpacked (\(error)); the file is damaged: open it in Excel and save it again",
                at: SourceLocation(file: displayPath))
        }
        return data
    }

    /// Thrown from inside the unpacking loop, to stop it when a part outgrows the limit.
    private struct PartTooLarge: Error {}

    private func tooLarge(_ path: String, size: UInt64?, limit: UInt64) -> DatasetLoadError {
        let unpacked = size.map { "unpacks to \(Self.describe(bytes: $0))" } ?? "unpacks to more than \(Self.describe(bytes: limit))"
        return DatasetLoadError(
            "\(path) \(unpacked) from a file of \(Self.describe(bytes: fileSize)), more than the limit of \(Self.describe(bytes: limit)) (1 GiB, or \(Self.maxExpansion) times the file); this looks like a ZIP bomb, so it is not read. If the workbook is genuine, save the sheet as CSV UTF-8 and load that",
            at: SourceLocation(file: displayPath))
    }

    /// `812 bytes`, `4.2 KiB`, `1.0 GiB`.
    private static func describe(bytes: UInt64) -> String {
        let units = ["KiB", "MiB", "GiB"]
        var value = Double(bytes)
        var unit = -1
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit < 0 ? "\(bytes) bytes" : "\((value * 10).rounded() / 10) \(units[unit])"
    }

    /// The first bytes of an OLE compound file, the container of `.xls` workbooks and of
    /// encrypted `.xlsx` ones.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// `EncryptedPackage` in UTF-16LE, the name of the stream an encrypted .xlsx is stored in.
    private static let encryptedPackageStream: [UInt8] = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// Whether `pattern` occurs anywhere in `bytes`.
    private static func contains(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in
            bytes[start] == first && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}
