using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InitialHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "account_states",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    since_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_states", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blacklist",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    profile_url = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    added_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blacklist", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    profile_url = table.Column<string>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", nullable: true),
                    first_seen_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cooldowns",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope = table.Column<string>(type: "TEXT", nullable: false),
                    until_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooldowns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    bot = table.Column<string>(type: "TEXT", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", nullable: false),
                    started_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    done = table.Column<int>(type: "INTEGER", nullable: false),
                    skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    failed = table.Column<int>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "selector_stats",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    hits = table.Column<long>(type: "INTEGER", nullable: false),
                    misses = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hit_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_miss_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_selector_stats", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "action_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    run_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_action_ledger", x => x.id);
                    table.ForeignKey(
                        name: "FK_action_ledger_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "birthday_wishes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: false),
                    occurrence = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    days_late = table.Column<int>(type: "INTEGER", nullable: false),
                    template_id = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    intended_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    verified_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    failed_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_birthday_wishes", x => x.id);
                    table.ForeignKey(
                        name: "FK_birthday_wishes_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_birthday_wishes_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "handled_invitations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    intended_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    done_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    failed_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handled_invitations", x => x.id);
                    table.ForeignKey(
                        name: "FK_handled_invitations_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_handled_invitations_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "profile_visits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: false),
                    visited_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dry_run = table.Column<bool>(type: "INTEGER", nullable: false),
                    run_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_profile_visits_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_profile_visits_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_action_ledger_at_utc_kind",
                table: "action_ledger",
                columns: new[] { "at_utc", "kind" });

            migrationBuilder.CreateIndex(
                name: "IX_action_ledger_run_id",
                table: "action_ledger",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_birthday_wishes_contact_id_occurrence",
                table: "birthday_wishes",
                columns: new[] { "contact_id", "occurrence" },
                unique: true,
                filter: "\"state\" <> 'DryRun'");

            migrationBuilder.CreateIndex(
                name: "IX_birthday_wishes_intended_utc",
                table: "birthday_wishes",
                column: "intended_utc");

            migrationBuilder.CreateIndex(
                name: "IX_birthday_wishes_run_id",
                table: "birthday_wishes",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_blacklist_profile_url",
                table: "blacklist",
                column: "profile_url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contacts_profile_url",
                table: "contacts",
                column: "profile_url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooldowns_scope",
                table: "cooldowns",
                column: "scope",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_handled_invitations_contact_id_action",
                table: "handled_invitations",
                columns: new[] { "contact_id", "action" });

            migrationBuilder.CreateIndex(
                name: "IX_handled_invitations_run_id",
                table: "handled_invitations",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_profile_visits_contact_id_visited_utc",
                table: "profile_visits",
                columns: new[] { "contact_id", "visited_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_profile_visits_run_id",
                table: "profile_visits",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_profile_visits_visited_utc",
                table: "profile_visits",
                column: "visited_utc");

            migrationBuilder.CreateIndex(
                name: "IX_runs_bot_started_utc",
                table: "runs",
                columns: new[] { "bot", "started_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_runs_started_utc",
                table: "runs",
                column: "started_utc");

            migrationBuilder.CreateIndex(
                name: "IX_selector_stats_key",
                table: "selector_stats",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_states");

            migrationBuilder.DropTable(
                name: "action_ledger");

            migrationBuilder.DropTable(
                name: "birthday_wishes");

            migrationBuilder.DropTable(
                name: "blacklist");

            migrationBuilder.DropTable(
                name: "cooldowns");

            migrationBuilder.DropTable(
                name: "handled_invitations");

            migrationBuilder.DropTable(
                name: "profile_visits");

            migrationBuilder.DropTable(
                name: "selector_stats");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "runs");
        }
    }
}
