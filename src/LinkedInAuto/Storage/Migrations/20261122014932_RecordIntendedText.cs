using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LinkedInAuto.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecordIntendedText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "intended_text",
                table: "birthday_wishes",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "intended_text",
                table: "birthday_wishes");
        }
    }
}
