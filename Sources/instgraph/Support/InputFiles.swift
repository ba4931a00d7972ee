import Foundation
import Synchronization

/// The files a command reads, so that no output of the command replaces one of them:
/// `instgraph export data.csv -o data.csv` is refused rather than leaving the export where the
/// data was. Files are told apart by device and inode, links followed, so another name for the
/// same file (a link, `./data.csv`, a hard link) is caught too.
enum InputFiles {
    private static let inputs = Mutex<[(identity: FileIdentity, path: String)]>([])

    /// Notes that the command reads `path`. A path that names no file is skipped: the reader
    /// reports it.
    static func record(_ path: String) {
        guard let identity = FileIdentity(path) else { return }
        inputs.withLock { $0.append((identity, path)) }
    }

    /// The input that `path` is (as the user named it), if it is one.
    static func input(sameAs path: String) -> String? {
        guard let identity = FileIdentity(path) else { return nil }
        return inputs.withLock { inputs in inputs.first { $0.identity == identity }?.path }
    }
}

/// A file's device and inode number: the same for every name of one file.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file `path` names, links followed, or `nil` when there is none.
    init?(_ path: String) {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        device = UInt64(information.st_dev)
        inode = UInt64(information.st_ino)
    }
}
