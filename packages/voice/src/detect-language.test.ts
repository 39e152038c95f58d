import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it.each([
    ["My card has not arrived yet, where is it?", "en"],
    ["Ma carte n'est pas encore arrivée, pouvez-vous m'aider ?", "fr"],
    ["Meine Karte ist noch nicht angekommen, was soll ich tun?", "de"],
    ["Mi tarjeta no ha llegado todavía, ¿qué hago?", "es"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguage(text)?.language).toBe(language);
  });

  it("answers null for text too short to tell, and restricts to the languages given", () => {
    expect(detectLanguage("ok")).toBeNull();
    expect(detectLanguage("Ma carte n'est pas arrivée", { only: ["en", "fr"] })?.language).toBe(
      "fr",
    );
    expect(() => detectLanguage(null as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage("hello", { minConfidence: 2 })).toThrow(RangeError);
  });
});
