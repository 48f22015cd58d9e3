using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class EnforceHistoryInvariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "CK_runs_closed_together",
                table: "runs",
                sql: "(\"ended_utc\" IS NULL) = (\"outcome\" IS NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_handled_invitations_done_has_time",
                table: "handled_invitations",
                sql: "\"state\" <> 'Done' OR \"done_utc\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_handled_invitations_failed_has_time",
                table: "handled_invitations",
                sql: "\"state\" <> 'Failed' OR \"failed_utc\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_handled_invitations_state",
                table: "handled_invitations",
                sql: "\"state\" IN ('Intended', 'Done', 'Failed', 'DryRun')");

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_failed_has_time",
                table: "birthday_wishes",
                sql: "\"state\" <> 'Failed' OR \"failed_utc\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_sent_has_text",
                table: "birthday_wishes",
                sql: "\"state\" NOT IN ('Sent', 'Verified') OR (\"text\" IS NOT NULL AND \"sent_utc\" IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes",
                sql: "\"state\" IN ('Intended', 'Sent', 'Verified', 'Failed', 'DryRun')");

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_verified_has_time",
                table: "birthday_wishes",
                sql: "\"state\" <> 'Verified' OR \"verified_utc\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_runs_closed_together",
                table: "runs");

            migrationBuilder.DropCheckConstraint(
                name: "CK_handled_invitations_done_has_time",
                table: "handled_invitations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_handled_invitations_failed_has_time",
                table: "handled_invitations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_handled_invitations_state",
                table: "handled_invitations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_failed_has_time",
                table: "birthday_wishes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_sent_has_text",
                table: "birthday_wishes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_verified_has_time",
                table: "birthday_wishes");
        }
    }
}
