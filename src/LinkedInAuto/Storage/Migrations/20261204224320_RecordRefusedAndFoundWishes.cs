using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecordRefusedAndFoundWishes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes");

            migrationBuilder.AddColumn<int>(
                name: "refused",
                table: "runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "unconfirmed",
                table: "runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes",
                sql: "\"state\" IN ('Intended', 'Sent', 'Verified', 'Failed', 'DryRun', 'FoundInConversation')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes");

            migrationBuilder.DropColumn(
                name: "refused",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "unconfirmed",
                table: "runs");

            migrationBuilder.AddCheckConstraint(
                name: "CK_birthday_wishes_state",
                table: "birthday_wishes",
                sql: "\"state\" IN ('Intended', 'Sent', 'Verified', 'Failed', 'DryRun')");
        }
    }
}
