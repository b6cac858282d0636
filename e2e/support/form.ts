// Driving the first <dvc-service-form> of a page as a citizen does: fields by their JSON Pointer
// names, the address picker, and "Continue" to the next step.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export const FORM = 'dvc-service-form';
/** The input named `pointer` (every input carries its field's JSON Pointer). */
export const formInput = (pointer: string) => `${FORM} [name="${pointer}"]`;
/** The radio of option `index` in the group named `pointer`. */
export const formRadio = (pointer: string, index: number) => `${FORM} input[name="${pointer}"][value="${index}"]`;

/** Picks a province, then one of its communes (loaded from the backend), then types the street. */
export async function chooseAddress(page: Page, pointer: string, province: string, commune: string, street: string): Promise<void> {
  await page.waitForSelector(`${formInput(`${pointer}/provinceCode`)} option[value="${province}"]`, { state: 'attached' });
  await page.selectOption(formInput(`${pointer}/provinceCode`), province);
  await page.waitForSelector(`${formInput(`${pointer}/communeCode`)} option[value="${commune}"]`, { state: 'attached' });
  await page.selectOption(formInput(`${pointer}/communeCode`), commune);
  await page.fill(formInput(`${pointer}/street`), street);
}

/** Presses Continue and waits for the next step's heading; the step must have had no errors. */
export async function nextStep(page: Page, heading: RegExp): Promise<void> {
  await page.click(`${FORM} form button[type=submit]`);
  await page.waitForFunction((source) => {
    const text = document.querySelector('dvc-service-form')?.shadowRoot?.querySelector('#page-heading')?.textContent ?? '';
    return new RegExp(source).test(text);
  }, heading.source);
  assert.equal(await page.locator(`${FORM} #error-summary`).count(), 0, 'the step had errors');
}
