import Foundation

/// A regular file opened for the quick reader to take a plain table a window at a time, so that
/// the whole file is never in memory at once: each read says where it starts, so the
/// stretches of a table can be read side by side.
///
/// Every read that comes short (the file shrank while it was read) or fails is `nil`: the
/// quick reader then leaves the file to the full one, which reads it whole and says what is wrong.
final class TableFile: Sendable {
    /// How diagnostics name the file.
    let displayPath: String
    /// The file's size when it was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens `url`; `nil` when it is not a regular file that can be opened (the full reader then
    /// says why).
    init?(_ url: URL, displayPath: String) {
        var information = stat()
        guard stat(url.path, &information) == 0, information.st_mode & S_IFMT == S_IFREG else { return nil }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        (self.descriptor, size, self.displayPath) = (descriptor, Int(information.st_size), displayPath)
    }

    deinit { close(descriptor) }

    /// Fills `buffer` with the bytes from `offset` on; `false` when the file ends first or
    /// cannot be read.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }

    /// The bytes `range` of the file, or `nil`.
    func bytes(_ range: Range<Int>) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: range.count)
        guard range.isEmpty || bytes.withUnsafeMutableBufferPointer({ read(into: $0, at: range.lowerBound) }) else { return nil }
        return bytes
    }

    /// The offset just after the first line feed at or after `offset` (so `offset` itself when
    /// the byte before it is one), or the file's end; `nil` when it cannot be read.
    func lineStart(atOrAfter offset: Int) -> Int? {
        guard offset > 0, offset < size else { return min(max(offset, 0), size) }
        var position = offset - 1
        while position < size {
            guard let piece = bytes(position..<min(size, position + 1 << 16)) else { return nil }
            if let lineFeed = piece.firstIndex(of: .lineFeed) { return position + lineFeed + 1 }
            position += piece.count
        }
        return size
    }
}
