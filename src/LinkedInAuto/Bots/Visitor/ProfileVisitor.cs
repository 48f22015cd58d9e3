using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Visits one profile: record the visit (consuming the quota) → open → look through it → keep the five fields.</summary>
internal sealed class ProfileVisitor(BotRun run, VisitStore visits)
{
    private const string Action = "visit";
    private static readonly PageExpectation s_profile = PageExpectation.Paths("/in/");

    /// <summary>Visits <paramref name="person"/>; a dry run records the visit it would make without opening the profile.</summary>
    public async Task VisitAsync(SearchResult person, CancellationToken cancellationToken)
    {
        if (run.DryRun)
        {
            // The visit itself is the irreversible step: the member sees it. A rehearsal stops before it.
            await visits.RecordAsync(person.Identity, person.FullName, run.RunId, dryRun: true, cancellationToken);
            run.Record(Action, person.Identity, ActionResult.DryRun, person.FullName);
            return;
        }

        // Recorded before navigating, with its quota, so a crash mid-visit still counts it.
        var visitId = await visits.RecordAsync(person.Identity, person.FullName, run.RunId, cancellationToken: cancellationToken);
        var watch = run.BeginAction(Action, person.Identity);
        try
        {
            // Not retried: a visit LinkedIn throttled or refused is never made a second time in the run.
            await run.Page.OpenAsync(person.Identity, s_profile, cancellationToken);
        }
        catch (PageStateException ex) when (ex.State == PageState.NotFound && !watch.SawDanger)
        {
            run.EndAction(watch);
            run.Record(Action, person.Identity, ActionResult.Failed, "the profile does not exist");
            return;
        }
        catch (PageStateException ex)
        {
            // Sent to a checkpoint or a login, throttled, or an unknown page: the visit is not proven, and the run stops.
            var refused = ex.State is PageState.Checkpoint or PageState.Restricted or PageState.SessionExpired or PageState.Throttled;
            run.Record(Action, person.Identity, refused ? ActionResult.Refused : ActionResult.Unconfirmed, $"{ex.State}: {ex.Classification.Reason}");
            throw;
        }

        var profile = await ProfileReader.ReadAsync(run.Page, run.Config.Browser.ActionTimeout, run.Time, cancellationToken);
        await visits.RecordProfileAsync(visitId, profile, cancellationToken);
        var verdict = watch.Judge(proven: true);
        var fields = string.Join(" | ", new object?[] { profile.FullName, profile.Headline, profile.Location, profile.Company, profile.Degree });
        run.Record(Action, person.Identity, ActionResult.Done, verdict.Detail.Length == 0 ? fields : fields + " — " + verdict.Detail);
        run.Conclude(watch, verdict);
    }
}
