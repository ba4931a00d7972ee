import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx workbook: its parts by path, each unpacked in memory on request.
///
/// The parts are found through ``ZIPCentralDirectory``, which checks every offset, and inflated
/// with ZIPFoundation's `Data.decompress` from the part's own bytes only. Unpacking is guarded
/// against ZIP bombs: no part may grow past ``maxPartSize`` or past ``maxExpansion`` times the
/// size of the whole file, whatever its header claims.
struct XLSXPackage {
    /// The most any one part may unpack to: 1 GiB.
    static let maxPartSize: UInt64 = 1 << 30
    /// How many times the file's size a part may unpack to.
    static let maxExpansion: UInt64 = 200

    /// The file as the user named it, used in diagnostics.
    let displayPath: String
    private let bytes: [UInt8]
    private let directory: ZIPCentralDirectory

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
        do {
            directory = try ZIPCentralDirectory(bytes)
        } catch .notZIP where bytes.starts(with: Self.localHeaderSignature) {
            throw DatasetLoadError(
                "the file is cut short (it starts as a ZIP archive but has no ZIP directory at its end); copy it again, or open it in Excel and save it again",
                at: location)
        } catch .notZIP {
            throw DatasetLoadError(
                "this is not an Excel .xlsx workbook (it is not a ZIP archive); if it is a CSV file, name it .csv; otherwise open it in Excel and save it as .xlsx or CSV UTF-8",
                at: location)
        } catch {
            throw DatasetLoadError(
                "the file is damaged (its ZIP directory points outside the file), perhaps cut short while copying; copy it again, or open it in Excel and save it again",
                at: location)
        }
        self.displayPath = displayPath
        self.bytes = bytes
    }

    /// Whether the package holds a part at `path` (such as `xl/workbook.xml`).
    func contains(_ path: String) -> Bool { directory.entries[path] != nil }

    /// The unpacked bytes of the part at `path`, or `nil` when there is no such part.
    ///
    /// - Throws: ``DatasetLoadError`` when the part would unpack past the size limit, or its
    ///   data is damaged, encrypted or compressed in a way Excel does not use (neither stored nor
    ///   deflated).
    /// - Complexity: O(n) in the part's unpacked size, which is also the memory it takes.
    func read(_ path: String) throws(DatasetLoadError) -> Data? {
        guard let entry = directory.entries[path] else { return nil }
        let location = SourceLocation(file: displayPath)
        let limit = min(Self.maxPartSize, Self.maxExpansion * UInt64(bytes.count))
        guard entry.uncompressedSize <= limit else { throw tooLarge(path, size: entry.uncompressedSize, limit: limit) }
        guard !entry.isEncrypted else {
            throw DatasetLoadError("\(path) is encrypted inside the ZIP archive; open the workbook in Excel and save it again without a password", at: location)
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw DatasetLoadError(
                "\(path) is compressed with ZIP method \(entry.method), which Excel does not use; open the workbook in Excel and save it again",
                at: location)
        }
        var data = Data(capacity: Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            if entry.method == 0 {
                guard UInt64(entry.data.count) <= limit else { throw PartTooLarge() }
                data.append(contentsOf: bytes[entry.data])
                checksum = data.crc32(checksum: 0)
            } else {
                checksum = try Data.decompress(
                    size: Int64(entry.data.count), bufferSize: 1 << 16, skipCRC32: false,
                    provider: { position, size in try chunk(of: entry.data, at: position, size: size) },
                    consumer: { unpacked in
                        guard UInt64(data.count + unpacked.count) <= limit else { throw PartTooLarge() }
                        data.append(unpacked)
                    })
            }
        } catch is PartTooLarge {
            throw tooLarge(path, size: nil, limit: limit)
        } catch {
            throw damaged(path)
        }
        guard checksum == entry.checksum else { throw damaged(path) }
        return data
    }

    /// The compressed bytes from `position` on, for the decompressor.
    ///
    /// ZIPFoundation's decompressor on Linux hands zlib each chunk as `size` bytes long and asks
    /// again until the stream ends, so the last chunk is padded with zeros, and a request past the
    /// entry's data (a stream that does not end where the directory says) is an error.
    private func chunk(of range: Range<Int>, at position: Int64, size: Int) throws -> Data {
        guard size > 0 else { return Data() }
        guard position >= 0, position < Int64(range.count) else { throw ZIPCentralDirectory.Failure.damaged }
        let start = range.lowerBound + Int(position)
        var chunk = Data(bytes[start..<min(start + size, range.upperBound)])
        chunk.append(Data(count: size - chunk.count))
        return chunk
    }

    private func damaged(_ path: String) -> DatasetLoadError {
        DatasetLoadError(
            "\(path) cannot be unpacked: its compressed data is damaged; copy the file again, or open it in Excel and save it again",
            at: SourceLocation(file: displayPath))
    }

    /// Thrown from inside the unpacking loop, to stop it when a part outgrows the limit.
    private struct PartTooLarge: Error {}

    private func tooLarge(_ path: String, size: UInt64?, limit: UInt64) -> DatasetLoadError {
        let unpacked = size.map { "unpacks to \(Self.describe(bytes: $0))" } ?? "unpacks to more than \(Self.describe(bytes: limit))"
        return DatasetLoadError(
            "\(path) \(unpacked) from a file of \(Self.describe(bytes: UInt64(bytes.count))), more than the limit of \(Self.describe(bytes: limit)) (1 GiB, or \(Self.maxExpansion) times the file); this looks like a ZIP bomb, so it is not read. If the workbook is genuine, save the sheet as CSV UTF-8 and load that",
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

    /// The first bytes of a ZIP archive (a local file header), as an .xlsx starts.
    private static let localHeaderSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

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
