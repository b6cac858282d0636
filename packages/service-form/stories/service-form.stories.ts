import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { examples, widgetExamples, type Example } from '../examples.js';
import type { DvcServiceForm } from '../src/service-form.js';

const meta: Meta = {
  title: 'Service form/dvc-service-form',
  component: 'dvc-service-form',
};
export default meta;

type Story = StoryObj;

/** A story from a named example; `play` puts it in its state (errors, review, uploading, offline). */
const story = (example: Example): Story => ({
  name: example.title,
  render: example.render,
  ...(example.setup ? {
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const form = canvasElement.querySelector<DvcServiceForm>('dvc-service-form');
      if (form) await example.setup!(form);
    },
  } : {}),
});

// States.
export const Empty = story(examples.empty);
export const Prefilled = story(examples.prefilled);
export const Errors = story(examples.errors);
export const MultiStep = story(examples.multiStep);
export const Review = story(examples.review);
export const Uploading = story(examples.uploading);
export const Offline = story(examples.offline);
export const Submitted = story(examples.submitted);
export const ReceiptAtTheCounter = story(examples.receiptCounter);
export const MalformedSchema = story(examples.malformed);
export const NoPrecompiledValidators = story(examples.noValidators);
export const Draft07 = story(examples.draft07);

// Widgets.
export const WidgetText = story(widgetExamples.text);
export const WidgetTextarea = story(widgetExamples.textarea);
export const WidgetRadio = story(widgetExamples.radio);
export const WidgetSelect = story(widgetExamples.select);
export const WidgetCheckbox = story(widgetExamples.checkbox);
export const WidgetCheckboxes = story(widgetExamples.checkboxes);
export const WidgetDate = story(widgetExamples.date);
export const WidgetNumber = story(widgetExamples.number);
export const WidgetAddress = story(widgetExamples.address);
export const WidgetFile = story(widgetExamples.file);
export const WidgetArray = story(widgetExamples.array);
export const WidgetChoice = story(widgetExamples.choice);
