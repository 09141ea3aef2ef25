// The reviews domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty, type Page } from '../../ipc/schemas/common';
import {
  InfoReviewCreateInput,
  InfoReviewDecideInput,
  InfoReviewIdInput,
  InfoReviewListInput,
  InfoReviewStepInput,
  type InfoReviewView,
  type ReviewSettings,
  ReviewSettingsInput,
} from '../../ipc/schemas/reviews';

export const reviewsChannels = channels('reviews', {
  'reviews:list': channel<Page<InfoReviewView>>()(InfoReviewListInput, 'register:read'),
  'reviews:get': channel<InfoReviewView>()(InfoReviewIdInput, 'register:read'),
  'reviews:create': channel<InfoReviewView>()(InfoReviewCreateInput, 'register:write'),
  'reviews:step': channel<InfoReviewView>()(InfoReviewStepInput, 'register:write'),
  'reviews:decide': channel<InfoReviewView>()(InfoReviewDecideInput, 'register:write'),
  'reviews:settings': channel<ReviewSettings>()(empty, 'register:read'),
  'reviews:updateSettings': channel<ReviewSettings>()(ReviewSettingsInput, 'register:write'),
});
