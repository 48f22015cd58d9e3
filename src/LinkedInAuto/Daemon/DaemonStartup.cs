using LinkedInAuto.Configuration;

namespace LinkedInAuto.Daemon;

/// <summary>What the daemon starts from: a validated configuration, its directories, the log format and the start-up
/// JIT profile begun before the config was read.</summary>
public sealed record DaemonStartup(ConfigStore Config, AppDirectories Directories, string LogFormat, StartupJitProfile JitProfile);
