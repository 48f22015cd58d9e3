using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecordDryRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "dry_run",
                table: "runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dry_run",
                table: "runs");
        }
    }
}
