import Foundation
import Synchronization

/// Writing results to files, without ever destroying data.
///
/// A regular file is written whole or not at all: to a temporary file beside it, renamed into
/// place once every byte is written. A symbolic link is followed and its target replaced (the link
/// stays a link). A character device, FIFO or socket (`-o /dev/stdout`, a named pipe) is written
/// to directly: replacing it would turn a device into a plain file. An output that is one of the
/// command's inputs (``InputFiles``) is refused.
enum OutputFile {
    /// Writes `contents` to `path`.
    static func write(_ contents: FileContents, to path: String) throws {
        try writeAll([(path, contents)])
    }

    /// Refuses, before any work is done, an output that ``writeAll(_:)`` would refuse at the end:
    /// one of the command's inputs, a folder, or a file in a folder that does not exist. Call it
    /// once the inputs are read and before a long computation, so a mistyped `-o` costs nothing.
    static func checkWritable(_ path: String) throws {
        guard path != "-" else { return }
        if let input = InputFiles.input(sameAs: path) {
            throw CommandFailure("refusing to write '\(path)': it is the input '\(input)', which would be lost; choose another output file")
        }
        if !isStream(path) { _ = try destination(of: path) }
    }

    /// Writes every file or, when one cannot be written, none: all regular files are written to
    /// temporary files first, side by side, and renamed into place only when all are complete.
    static func writeAll(_ files: [(path: String, contents: FileContents)]) throws {
        try commit([Staging(files)])
    }

    /// Files written to temporary files beside their destinations but not yet in place:
    /// ``commit(_:)`` renames them into place; a staging let go uncommitted deletes them. Staging
    /// some files while others are still being made (a report's downloads while its page is
    /// rendered) and committing all together keeps them all-or-nothing.
    final class Staging: Sendable {
        /// Each temporary file and the file it becomes, in the order given.
        fileprivate let staged: [(temporary: String, destination: String)]
        /// The devices, FIFOs and sockets among the files, written to in place on commit.
        fileprivate let streams: [(destination: String, path: String, contents: FileContents)]
        /// Whether ``commit(_:)`` has taken the temporary files over.
        fileprivate let isSettled = Mutex(false)

        /// Checks every destination and writes every regular file to its temporary file, each on
        /// a thread of its own (a report's largest download then does not wait for the others);
        /// when one fails, deletes the others and throws.
        init(_ files: [(path: String, contents: FileContents)]) throws {
            var streams: [(destination: String, path: String, contents: FileContents)] = []
            var regular: [(destination: String, path: String, contents: FileContents)] = []
            for (path, contents) in files {
                try checkWritable(path)
                if isStream(path) {
                    // Opened through its links by the kernel: /dev/stdout leads to a pipe or terminal.
                    streams.append((path, path, contents))
                } else {
                    regular.append((try destination(of: path), path, contents))
                }
            }
            let results = Mutex([Result<String, any Error>?](repeating: nil, count: regular.count))
            let targets = regular
            DispatchQueue.concurrentPerform(iterations: targets.count) { index in
                let file = targets[index]
                let result = Result { try stage(file.contents, beside: file.destination, displayPath: file.path) }
                results.withLock { $0[index] = result }
            }
            var staged: [(temporary: String, destination: String)] = []
            var failure: (any Error)?
            for (file, result) in zip(regular, results.withLock { $0 }) {
                switch result {
                case .success(let temporary): staged.append((temporary, file.destination))
                case .failure(let error): failure = failure ?? error
                // Every iteration has run once concurrentPerform returns.
                case nil: failure = failure ?? CommandFailure("cannot write '\(file.path)'")
                }
            }
            if let failure {
                for file in staged { unlink(file.temporary) }
                throw failure
            }
            self.staged = staged
            self.streams = streams
        }

        deinit {
            if !isSettled.withLock({ $0 }) {
                for file in staged { unlink(file.temporary) }
            }
        }
    }

    /// Renames the files of every staging into place, in order, then writes the streams. When a
    /// rename fails, the files not yet in place are deleted and the message names those that are.
    static func commit(_ stagings: [Staging]) throws {
        for staging in stagings { staging.isSettled.withLock { $0 = true } }
        let staged = stagings.flatMap(\.staged)
        for (index, file) in staged.enumerated() where rename(file.temporary, file.destination) != 0 {
            let code = errno
            let reason = SystemError.describe(code) + (code == ENAMETOOLONG ? " (at most 255 bytes); choose a shorter -o name" : "")
            for later in staged[index...] { unlink(later.temporary) }
            // Renames are not undone: the files already in place are whole, and the message lists them.
            let written = staged[..<index].map { "'\($0.destination)'" }
            let note = written.isEmpty ? "" : "; \(written.joined(separator: ", ")) \(written.count == 1 ? "was" : "were") written"
            throw CommandFailure("cannot write '\(file.destination)': \(reason)\(note)")
        }
        for stream in stagings.flatMap(\.streams) {
            try writeThrough(stream.contents, to: stream.destination, displayPath: stream.path)
        }
    }

    /// Where writing `path` lands: the path itself, or the target of the links it names, after
    /// checking that it is not a folder and that its folder exists.
    private static func destination(of path: String) throws -> String {
        var current = path
        for _ in 0..<32 {
            var information = stat()
            guard lstat(current, &information) == 0, information.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { break }
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : URL(fileURLWithPath: current).deletingLastPathComponent().appending(path: target).path
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: current, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure("cannot write '\(path)': it is a folder; give a file name")
        }
        let folder = URL(fileURLWithPath: current).deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("cannot write '\(path)': the folder '\(folder.relativePath)' does not exist; create it first")
        }
        return current
    }

    /// Whether `path` is a character device, FIFO or socket, which is written to in place.
    private static func isStream(_ path: String) -> Bool {
        var information = stat()
        guard stat(path, &information) == 0 else { return false }
        let kind = information.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    /// Writes `contents` to a new temporary file beside `destination`, with the permissions the
    /// destination has (or a new file would get), and returns its path.
    private static func stage(_ contents: FileContents, beside destination: String, displayPath: String) throws -> String {
        let url = URL(fileURLWithPath: destination)
        var template = Array(url.deletingLastPathComponent().appending(path: temporaryName(beside: url.lastPathComponent)).path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write '\(displayPath)': the folder is not writable (\(SystemError.describe(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(SystemError) {
            defer { close(descriptor) }
            var information = stat()
            let mode = stat(destination, &information) == 0 ? information.st_mode & 0o7777 : 0o666 & ~currentUmask
            fchmod(descriptor, mode)
            try contents.withUnsafeBytes { buffer throws(SystemError) in try SystemError.writeAll(buffer, to: descriptor) }
            guard fsync(descriptor) == 0 || errno == EINVAL else { throw SystemError(code: errno) }
        } catch {
            unlink(temporary)
            throw CommandFailure("cannot write '\(displayPath)': \(error.description)")
        }
        return temporary
    }

    /// The `mkstemp` template of a temporary file beside `name`: `.NAME.instgraph-XXXXXX`, with
    /// NAME cut short when the whole would be longer than the 255 bytes a file name may have.
    static func temporaryName(beside name: String) -> String {
        let suffix = ".instgraph-XXXXXX"
        var kept = Substring(name)
        while 1 + kept.utf8.count + suffix.utf8.count > 255 { kept = kept.dropLast() }
        return "." + kept + suffix
    }

    /// Writes `contents` to the device, FIFO or socket `destination`.
    private static func writeThrough(_ contents: FileContents, to destination: String, displayPath: String) throws {
        let descriptor = open(destination, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("cannot write '\(displayPath)': \(SystemError.describe(errno))") }
        defer { close(descriptor) }
        do throws(SystemError) {
            try contents.withUnsafeBytes { buffer throws(SystemError) in try SystemError.writeAll(buffer, to: descriptor) }
        } catch {
            throw CommandFailure("cannot write '\(displayPath)': \(error.description)")
        }
    }

    /// The process's file-creation mask.
    private static var currentUmask: mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// An `errno` from a system call, described as the C library describes it.
struct SystemError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { Self.describe(code) }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Writes every byte of `data` to `descriptor`, retrying interrupted and partial writes.
    static func writeAll(_ data: Data, to descriptor: Int32) throws(SystemError) {
        try data.withUnsafeBytes { buffer in Result { () throws(SystemError) in try writeAll(buffer, to: descriptor) } }.get()
    }

    /// Writes every byte of `buffer` to `descriptor`, retrying interrupted and partial writes.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws(SystemError) {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            offset += written
        }
    }
}
