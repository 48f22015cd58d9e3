using LinkedInAuto.Configuration;

namespace LinkedInAuto.Daemon;

/// <summary>What the daemon starts from: a validated configuration, its directories and the log format.</summary>
public sealed record DaemonStartup(ConfigStore Config, AppDirectories Directories, string LogFormat);
