// A minimal long-running service on the product's stack: the Generic Host, Quartz with one daily cron job in its
// in-memory store, and an EF Core SQLite database created (or opened) and queried at start. It sends READY=1 to
// $NOTIFY_SOCKET once the host has started, STOPPING=1 on SIGTERM, and otherwise sits idle: what any service built
// this way costs before it does anything of its own. The database lives in $STATE_DIRECTORY (else a new temporary
// directory). With REFERENCE_HOST_TUNED=1 it also applies what the product does to idle smaller: no code emitted at run
// time for the DI container and reflection (the product's runtime switches), and a compacting collection and
// malloc_trim(3) 5 s after READY=1: the floor of any service on this stack. Usage: reference-host (no arguments);
// see bench/README.md.
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using ReferenceHost;

var tuned = Environment.GetEnvironmentVariable("REFERENCE_HOST_TUNED") == "1";
if (tuned)
{
    AppContext.SetSwitch("Microsoft.Extensions.DependencyInjection.DisableDynamicEngine", true);
    AppContext.SetSwitch("Switch.System.Reflection.ForceInterpretedInvoke", true);
}

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var state = Environment.GetEnvironmentVariable("STATE_DIRECTORY") is { Length: > 0 } given
    ? given
    : Directory.CreateTempSubdirectory("reference-host-").FullName;
builder.Services.AddDbContextFactory<ReferenceDb>(db => db.UseSqlite($"Data Source={Path.Combine(state, "reference.db")}"));
builder.Services.AddHostedService<DatabaseStartup>();

builder.Services.AddQuartz(quartz =>
{
    quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 1);
    quartz.UseInMemoryStore();
    var job = new JobKey("daily");
    quartz.AddJob<DailyJob>(configure => configure.WithIdentity(job));
    quartz.AddTrigger(trigger => trigger.ForJob(job).WithCronSchedule("0 25 9 * * ?"));
});
builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

builder.Services.AddSingleton<Notifier>();
builder.Services.AddHostedService<ReadyNotification>();
if (tuned)
{
    builder.Services.AddHostedService<MemoryReleaseAfterStart>();
}

await builder.Build().RunAsync();
