import Foundation
import Logging
import Models
import ResultCodes
import Sandbox

let usage = """
    smileid-sandbox: a stand-in Smile ID that tests a callback server (inbox.md sections 1 and 6)

    USAGE
      smileid-sandbox run  --server URL[,URL2] --scenarios PATH [options]
      smileid-sandbox load --server URL[,URL2] [-n N] [-c C] [options]

    The partner ID and API key are the server's: SMILE_PARTNER_ID and SMILE_API_KEY (or
    --partner-id, --api-key). Start the server with SMILE_API_URL=http://HOST:PORT of --listen,
    and a short SMILE_RECONCILE_AFTER_SECONDS (2 to 5): jobs whose callbacks never arrive are
    only decided by the server's reconciliation.

    run: plays every scenario under every fault against the server, then checks it.
      Starts job_status on --listen, registers each job (POST /jobs), sends its callbacks with
      their fault (split between the servers when two are given), waits until job_status has
      answered every job complete and the server holds no unconfirmed result, sends every
      callback answered 200 again (each must be a duplicate: the store kept it), and checks
      through GET /jobs and GET /decisions that each job's decision is the expected one, that
      each change was emitted once, and that no answer was a 5xx. Exits 0 when every check
      passed, 1 with a line per failed job otherwise, 2 for bad arguments. The checks are those
      of a server in SMILE_CONFIRM=always (the default): in when_untrusted, trusted callbacks
      decide before job_status, and equal-rank results delivered out of order, or a last
      callback lost after a final one, decide otherwise than job_status would.

      --scenarios PATH        trails as in Fixtures/decisions/trails.json (name, job_type,
                              results [{code, final}], decision)
      --faults LIST           comma-separated, or all (default): \(Fault.allCases.map(\.rawValue).joined(separator: ", "))
      --sample K              every K-th scenario only (default 1: all)
      --policy PATH           the server's SMILE_POLICY: expected decisions are the library's
                              under it (default: the default policy, the scenarios' decision)
      --listen HOST:PORT      where job_status listens (default 127.0.0.1:8090)
      --job-status-outage S   job_status answers 500 for S seconds from the first request
                              it gets, then recovers (default 0)
      --late-by S             how long before sending a late callback is signed (default 1200)
      --concurrency N         jobs played at once (default 8)
      --pace MS               pause between two steps of one job (default 20)
      --patience S            how long a delivery is retried while no server answers (default 60)
      --settle-timeout S      how long to wait for every job to settle (default 90)
      --no-store-check        do not send answered callbacks again at the end

    load: pre-generates N distinct signed callbacks (one job each, a final 0810), sends them with
      C concurrent keep-alive connections (split between the servers when two are given) and
      prints callbacks/s and the p50/p99/max latency. job_status answers on --listen meanwhile.
      -n N                    callbacks (default 10000)
      -c C                    concurrency (default 32)
      --listen HOST:PORT      as for run
    """

struct Arguments {
    var command: String
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: [String]) throws(SandboxError) {
        guard let command = arguments.first, !command.hasPrefix("-") else {
            throw .invalidArgument(arguments.contains { $0 == "--help" || $0 == "-h" } ? "" : "no command")
        }
        self.command = command
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--help", "-h": throw .invalidArgument("")
            case "--no-store-check": flags.insert(argument)
            default:
                guard argument.hasPrefix("-"), let value = rest.popFirst() else {
                    throw .invalidArgument("unexpected argument '\(argument)'")
                }
                values[argument] = value
            }
        }
    }

    func number(_ name: String, default fallback: Double) throws(SandboxError) -> Double {
        guard let text = values[name] else { return fallback }
        guard let value = Double(text), value >= 0 else {
            throw .invalidArgument("\(name) wants a number, got '\(text)'")
        }
        return value
    }

    func listen() throws(SandboxError) -> (String, Int) {
        let text = values["--listen"] ?? "127.0.0.1:8090"
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else {
            throw .invalidArgument("--listen wants HOST:PORT, got '\(text)'")
        }
        return (String(text[..<colon]), port)
    }

    func key() throws(SandboxError) -> SignatureKey {
        let environment = ProcessInfo.processInfo.environment
        guard let partnerID = values["--partner-id"] ?? environment["SMILE_PARTNER_ID"],
            let apiKey = values["--api-key"] ?? environment["SMILE_API_KEY"], !partnerID.isEmpty, !apiKey.isEmpty
        else { throw .invalidArgument("set SMILE_PARTNER_ID and SMILE_API_KEY (or --partner-id, --api-key)") }
        return SignatureKey(partnerID: partnerID, apiKey: apiKey)
    }

    func servers() throws(SandboxError) -> [String] {
        guard let text = values["--server"] else { throw .invalidArgument("--server URL[,URL2] is required") }
        return text.split(separator: ",").map(String.init)
    }
}

func runCommand(_ arguments: Arguments) async throws -> Int32 {
    guard let path = arguments.values["--scenarios"] else {
        throw SandboxError.invalidArgument("--scenarios PATH is required")
    }
    let scenarios: [Scenario]
    do {
        scenarios = try Scenario.load(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw SandboxError.invalidArgument("the scenarios in \(path) cannot be read: \(error)")
    }
    let sample = max(1, Int(try arguments.number("--sample", default: 1)))
    let sampled = scenarios.enumerated().filter { $0.offset % sample == 0 }.map(\.element)
    var options = RunOptions(servers: try arguments.servers(), scenarios: sampled, key: try arguments.key())
    if let faults = arguments.values["--faults"] { options.faults = try Fault.list(faults) }
    if let policyPath = arguments.values["--policy"] {
        do {
            options.policy = try JSONDecoder().decode(
                DecisionPolicy.self, from: Data(contentsOf: URL(fileURLWithPath: policyPath)))
        } catch {
            throw SandboxError.invalidArgument("the policy in \(policyPath) cannot be read: \(error)")
        }
    }
    (options.host, options.port) = try arguments.listen()
    options.jobStatusOutage = try arguments.number("--job-status-outage", default: 0)
    options.lateness = try arguments.number("--late-by", default: 1200)
    options.concurrency = Int(try arguments.number("--concurrency", default: 8))
    options.pace = .milliseconds(Int(try arguments.number("--pace", default: 20)))
    options.deliveryPatience = try arguments.number("--patience", default: 60)
    options.settleTimeout = try arguments.number("--settle-timeout", default: 90)
    options.checkStoreKeptDeliveries = !arguments.flags.contains("--no-store-check")
    var logger = Logger(label: "smileid-sandbox")
    logger.logLevel = .info
    let report = try await SandboxRun(options: options, logger: logger).run()
    print(report.text)
    return report.passed ? 0 : 1
}

func loadCommand(_ arguments: Arguments) async throws -> Int32 {
    var options = LoadOptions(servers: try arguments.servers(), key: try arguments.key())
    options.count = Int(try arguments.number("-n", default: 10_000))
    options.concurrency = max(1, Int(try arguments.number("-c", default: 32)))
    (options.host, options.port) = try arguments.listen()
    let result = try await LoadTest(options: options).run()
    print(result.text)
    return result.failures == 0 ? 0 : 1
}

LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = label == "smileid-sandbox" ? .info : .warning
    return handler
}
let status: Int32
do {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    switch arguments.command {
    case "run": status = try await runCommand(arguments)
    case "load": status = try await loadCommand(arguments)
    default: throw SandboxError.invalidArgument("unknown command '\(arguments.command)'")
    }
} catch let error as SandboxError {
    if error.description.isEmpty {
        print(usage)
        exit(0)
    }
    FileHandle.standardError.write(Data("smileid-sandbox: \(error)\n\n\(usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("smileid-sandbox: \(error)\n".utf8))
    exit(2)
}
exit(status)
