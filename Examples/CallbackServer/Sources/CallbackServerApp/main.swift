import CallbackServer
import Foundation
import Logging

// smileid-callback-server: configured by its environment (see Examples/CallbackServer/README.md).
let environment = ProcessInfo.processInfo.environment
let configuration: ServerConfiguration
do {
    configuration = try ServerConfiguration.read(from: environment)
} catch {
    FileHandle.standardError.write(Data("smileid-callback-server: \(error)\n".utf8))
    exit(2)
}
LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
var logger = Logger(label: "smileid-callback-server")
logger.logLevel = environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
do {
    try await CallbackServer(configuration: configuration, logger: logger).run()
} catch {
    // The error's type only: a database error may quote a query or a connection string.
    FileHandle.standardError.write(Data("smileid-callback-server: stopped with \(type(of: error))\n".utf8))
    exit(1)
}
